package org.postops.app.config;

/** Where a kit stands against the qualified configurations that apply to it. */
public enum Compliance {
    /** Its latest snapshot meets every rule. */
    COMPLIANT,
    /** Its latest snapshot fails at least one rule. */
    DRIFTED,
    /** It has never been snapshotted, so nothing can be said. */
    NO_SNAPSHOT
}

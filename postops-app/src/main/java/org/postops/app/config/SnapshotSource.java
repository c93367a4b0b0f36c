package org.postops.app.config;

/** How a snapshot arrived: typed into the kit's configuration page, sent by {@code postops kit snapshot}, or by
 * another program over the API. */
public enum SnapshotSource {
    UI, CLI, API
}

package org.postops.app.ticket.insight;

import java.time.Instant;
import java.util.List;
import org.postops.planning.config.ConfigurationDiff;

/**
 * For one kit of a ticket: the configuration diff from the snapshot before the last one taken at or before the
 * ticket was raised ({@code from}) to that last one ({@code to}). With fewer than two such snapshots there is
 * nothing to compare: {@code from} and {@code to} are null and the lists empty.
 */
public record WhatChanged(long kitId, String kitName, SnapshotRef from, SnapshotRef to,
        List<ConfigurationDiff.Entry> added, List<ConfigurationDiff.Entry> removed,
        List<ConfigurationDiff.Change> changed) {

    /** A snapshot compared: its id and when it was taken. */
    public record SnapshotRef(long id, Instant takenAt) {
    }

    public WhatChanged {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean compared() {
        return from != null;
    }

    public boolean unchanged() {
        return compared() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}

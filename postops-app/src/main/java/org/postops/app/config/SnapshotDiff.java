package org.postops.app.config;

import java.util.List;
import org.postops.planning.config.ConfigurationDiff;

/** What changed on one kit from one snapshot ({@code from}) to another ({@code to}), each list sorted by key. */
public record SnapshotDiff(long kitId, SnapshotSummary from, SnapshotSummary to,
        List<ConfigurationDiff.Entry> added, List<ConfigurationDiff.Entry> removed,
        List<ConfigurationDiff.Change> changed) {

    public SnapshotDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}

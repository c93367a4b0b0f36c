package org.postops.app.config;

import java.time.Instant;
import java.util.List;
import org.postops.app.kit.KitType;

/**
 * One kit booked to a production, checked with its latest snapshot ({@code snapshotId}, null when it has none)
 * against the production's and the facility's configurations that apply to its kind.
 */
public record KitCompliance(long kitId, String kitName, KitType kitKind, Long snapshotId, Instant takenAt,
        Compliance status, List<ConfigurationCheck> checks) {

    public KitCompliance {
        checks = List.copyOf(checks);
    }
}

package org.postops.app.config;

import java.time.Instant;
import java.util.List;
import org.postops.app.kit.KitType;

/**
 * One kit's compliance: against each production it is booked to (today or later) that the viewer may see, and
 * against the facility's configurations.
 */
public record KitComplianceReport(long kitId, String kitName, KitType kitKind, Long snapshotId, Instant takenAt,
        Compliance status, List<ProductionCompliance> productions, List<ConfigurationCheck> facility) {

    /** Against one production's configurations. */
    public record ProductionCompliance(long productionId, String productionName, Compliance status,
            List<ConfigurationCheck> checks) {
    }
}

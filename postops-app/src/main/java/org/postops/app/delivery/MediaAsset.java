package org.postops.app.delivery;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A file of a production, on a volume or uploaded, with its probed facts and its latest QC run. For clients the
 * volume and the server path are left out; {@code metadata} (the whole probe) only comes with a single asset.
 */
public record MediaAsset(long id, int version, long productionId, String productionName, String label,
        AssetOrigin origin, Long volumeId, String volumeName, String relativePath, String location, String fileName,
        long sizeBytes, Long deliverableId, String deliverableName, String deliveryProfileId, AssetFacts facts,
        JsonNode metadata, QcRun latestRun, long createdById, String createdBy, Instant createdAt) {

    MediaAsset with(String deliverableName, String deliveryProfileId, QcRun latestRun, JsonNode metadata) {
        return new MediaAsset(id, version, productionId, productionName, label, origin, volumeId, volumeName,
                relativePath, location, fileName, sizeBytes, deliverableId, deliverableName, deliveryProfileId, facts,
                metadata, latestRun, createdById, createdBy, createdAt);
    }

    /** The same asset without what clients do not see of the facility (volume, server path). */
    MediaAsset forClient() {
        return new MediaAsset(id, version, productionId, productionName, label, origin, null, null,
                null, null, fileName, sizeBytes, deliverableId, deliverableName,
                deliveryProfileId, facts, metadata, latestRun, createdById, createdBy, createdAt);
    }
}

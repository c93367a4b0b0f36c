package org.postops.app.delivery;

/**
 * Registering a file already on a volume: the volume, the file's path under its root, what it is, and
 * (optionally) the deliverable of the production's spec it is meant to be.
 */
public record AssetFields(Long volumeId, String relativePath, String label, Long deliverableId) {
}

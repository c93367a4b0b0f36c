package org.postops.app.config;

import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

/**
 * One snapshot in full: the structured JSON as submitted ({@code snapshot}) and the flat keys it gives
 * ({@code values}), which diffs and compliance read.
 */
public record KitSnapshot(long id, long kitId, String kitName, java.time.Instant takenAt, java.time.Instant receivedAt,
        SnapshotSource source, org.postops.app.task.Person submittedBy, JsonNode snapshot,
        SortedMap<String, String> values) {
}

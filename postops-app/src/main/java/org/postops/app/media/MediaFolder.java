package org.postops.app.media;

import java.time.Instant;
import java.util.List;
import org.postops.app.media.volume.MediaType;
import org.postops.app.media.volume.Site;

/**
 * A production's folder on a volume. {@code location} (the absolute path on the server) is left out for
 * clients; {@code latestRun} is the last seal or verify that reached a verdict, if any.
 */
public record MediaFolder(long id, int version, long productionId, String productionName, long volumeId,
        String volumeName, MediaType mediaType, Site site, boolean volumeRetired, String relativePath,
        String location, String label, List<String> hashFormats, Instant createdAt, MediaRun latestRun) {
}

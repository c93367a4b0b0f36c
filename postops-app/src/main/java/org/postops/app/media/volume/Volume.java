package org.postops.app.media.volume;

import java.time.Instant;

/** A storage location of the facility, mounted on the PostOps server at {@code rootPath}. */
public record Volume(long id, int version, String name, VolumeKind kind, MediaType mediaType, Site site,
        String rootPath, Long kitId, String kitName, String notes, boolean retired, Instant createdAt) {

    public VolumeFields fields() {
        return new VolumeFields(name, kind, mediaType, site, rootPath, kitId, notes, retired);
    }
}

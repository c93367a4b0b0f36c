package org.postops.app.media.volume;

/** A volume as registered or changed; {@code retired} takes it out of use (volumes are never deleted). */
public record VolumeFields(String name, VolumeKind kind, MediaType mediaType, Site site, String rootPath, Long kitId,
        String notes, Boolean retired) {
}

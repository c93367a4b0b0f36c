package org.postops.app.media;

import java.util.List;

/** A media folder as registered: where (volume, path under its root), what it is, and which hash formats. */
public record MediaFolderFields(Long volumeId, String relativePath, String label, List<String> hashFormats) {
}

package org.postops.app.media;

import java.time.Instant;
import java.util.List;
import org.postops.app.media.volume.MediaType;
import org.postops.app.media.volume.Site;

/**
 * A production's 3-2-1 coverage: per media folder, its copies (the same content on other volumes, decision
 * 0027), how many are verified within the window, on how many media types, how many off site, and what is
 * missing in words.
 */
public record Coverage(long productionId, int windowDays, int folders, int complete, List<FolderCoverage> items) {

    /** One folder's coverage; {@code needs} is empty when it is complete. */
    public record FolderCoverage(long folderId, String label, String volumeName, boolean complete,
            int verifiedCopies, List<MediaType> mediaTypes, int offSiteCopies, List<Copy> copies, List<String> needs,
            String summary) {
    }

    /**
     * One copy: a folder holding the same content. {@code matchedBy} is "this folder", "root hash" or "files";
     * {@code state} says in words whether it counts.
     */
    public record Copy(long folderId, String label, long volumeId, String volumeName, MediaType mediaType, Site site,
            String matchedBy, boolean verified, Instant lastVerified, String state) {
    }
}

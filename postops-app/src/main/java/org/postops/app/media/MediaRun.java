package org.postops.app.media;

import java.time.Instant;

/**
 * The verdict of one seal or verify: the generation it wrote (seal) or checked (verify), the counts, and the
 * root hashes (content and structure, in {@code rootFormat}) of the tree it vouches for. {@code ok} means
 * nothing failed, went missing or could not be read; new files alone do not spoil it.
 */
public record MediaRun(long id, long folderId, long jobRunId, String action, boolean ok, int exitCode,
        Integer generation, long original, long verified, long failed, long added, long missing, long problems,
        long bytesHashed, String rootFormat, String rootContent, String rootStructure, String summary,
        Instant finishedAt) {
}

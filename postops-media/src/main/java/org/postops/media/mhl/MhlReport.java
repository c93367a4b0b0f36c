package org.postops.media.mhl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.postops.media.hash.HashFormat;
import org.postops.media.mhl.manifest.Manifest;

/**
 * What a {@link MediaHashList} command found: one line per file (and per missing path), the manifests it
 * wrote, the root folder's hashes, and the exit code that sums it up. {@code hashing} is the time spent
 * hashing, {@code total} the whole command in-process (history, scan, hashing, writing).
 */
public record MhlReport(String command, Path root, List<FileResult> files, List<String> warnings, List<Path> written,
                        List<Manifest.DirectoryHash> rootHashes, long filesHashed, long bytesHashed, Duration hashing,
                        Duration total, MhlExit exit) {

    public MhlReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        written = List.copyOf(written);
        rootHashes = List.copyOf(rootHashes);
    }

    /** The verdict on one path. */
    public enum Status {
        /** First seal: not in the history before. */
        ORIGINAL("original"),
        /** Its hash matches the history. */
        VERIFIED("verified"),
        /** Found where the history has it (diff: names only, nothing hashed). */
        PRESENT("present"),
        /** Its hash differs from the history. */
        FAILED("failed"),
        /** On disk but not in the history (verify, diff). */
        NEW("new"),
        /** In the history but not on disk. */
        MISSING("missing"),
        /** Could not be hashed or recorded; see the detail. */
        PROBLEM("problem");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * One path (relative to the root) and its verdict; {@code hashes} are the values computed now,
     * {@code previousPath} is set for a detected rename, {@code detail} explains a failure or problem.
     */
    public record FileResult(String path, Status status, Map<HashFormat, String> hashes, String previousPath,
                             String detail) {
        public FileResult {
            // in the schema's order (c4, md5, sha1, xxh128, xxh3, xxh64), for stable output
            hashes = hashes == null || hashes.isEmpty() ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(hashes));
        }
    }

    public long count(Status s) {
        return files.stream().filter(f -> f.status() == s).count();
    }
}

package org.postops.media.mhl.manifest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.postops.media.hash.HashFormat;

/**
 * One ASC MHL manifest ({@code <hashlist version="2.0">}): a generation of a history, or a flattened
 * packing list. Paths are POSIX paths relative to the history's root.
 */
public record Manifest(CreatorInfo creator, ProcessInfo process, List<Entry> entries, List<Reference> references) {

    public Manifest {
        entries = List.copyOf(entries);
        references = List.copyOf(references);
    }

    /** What a hash entry records about the file: first seal, a match, or a mismatch. */
    public enum Action {
        ORIGINAL, VERIFIED, FAILED;

        public String xml() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Optional<Action> of(String xml) {
            for (Action a : values()) {
                if (a.xml().equals(xml)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /** Who made the manifest, when, where, with what. Location and comment may be {@code null}. */
    public record CreatorInfo(Instant creationDate, String hostName, String toolName, String toolVersion,
                              List<Author> authors, String location, String comment) {
        public CreatorInfo {
            authors = List.copyOf(authors);
        }
    }

    /** An {@code <author>}; email, phone and role may be {@code null}. */
    public record Author(String name, String email, String phone, String role) {
    }

    /**
     * The {@code <processinfo>}: "in-place", "transfer" or "flatten"; the root folder's hashes (empty
     * when directory hashes were not made); the ignore patterns in force.
     */
    public record ProcessInfo(String process, List<DirectoryHash> rootHashes, List<String> ignorePatterns) {
        public ProcessInfo {
            rootHashes = List.copyOf(rootHashes);
            ignorePatterns = List.copyOf(ignorePatterns);
        }
    }

    /** A {@code <hash>} or {@code <directoryhash>}. */
    public sealed interface Entry permits FileEntry, DirectoryEntry {
        String path();

        /** The path this entry had before a rename ({@code <previousPath>}), or {@code null}. */
        String previousPath();

        Instant lastModified();
    }

    /**
     * A file: its size, modification time (may be {@code null} in foreign manifests) and one value per
     * format, in the schema's order.
     */
    public record FileEntry(String path, long size, Instant lastModified, List<HashEntry> hashes,
                            String previousPath) implements Entry {
        public FileEntry {
            hashes = List.copyOf(hashes);
        }

        public Optional<HashEntry> hash(HashFormat format) {
            return hashes.stream().filter(h -> h.format() == format).findFirst();
        }
    }

    /** A folder and its content and structure hashes (none when made with -n). */
    public record DirectoryEntry(String path, Instant lastModified, List<DirectoryHash> hashes,
                                 String previousPath) implements Entry {
        public DirectoryEntry {
            hashes = List.copyOf(hashes);
        }
    }

    /** One format's value of a file. {@code hashDate} may be {@code null} in foreign manifests. */
    public record HashEntry(HashFormat format, String value, Action action, Instant hashDate) {
    }

    /** One format's content and structure hash of a folder. */
    public record DirectoryHash(HashFormat format, String content, String structure, Instant hashDate) {
    }

    /** A {@code <hashlistreference>} to a child history's generation: its path and C4. */
    public record Reference(String path, String c4) {
    }
}

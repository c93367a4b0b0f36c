package org.postops.media.hash;

import java.nio.file.Path;

/** Why a file could not be hashed; reported per file, never silently skipped. */
public record FileProblem(Kind kind, String message) {

    /** What went wrong. */
    public enum Kind {
        /** Permissions or an I/O error. */
        UNREADABLE("cannot be read"),
        /** It was listed, then disappeared before or while it was read. */
        VANISHED("disappeared"),
        /** Its size or modification time moved while it was read: the hash would describe no real state. */
        CHANGED_WHILE_HASHING("changed while it was hashed"),
        /** A symbolic link whose target does not exist. */
        BROKEN_LINK("is a broken symbolic link"),
        /** A device, socket or pipe: not media. */
        NOT_A_FILE("is not a regular file"),
        /** Its name cannot be written in an ASC MHL manifest (not UTF-8, or control characters). */
        NAME_NOT_REPRESENTABLE("has a name a manifest cannot hold");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        /** A short phrase: "cannot be read", "changed while it was hashed", ... */
        public String phrase() {
            return phrase;
        }
    }

    /** An exception carrying a problem, thrown by {@link FileHasher#hash}. */
    public static final class Exception extends java.lang.Exception {
        private final transient FileProblem problem;

        public Exception(Kind kind, Path file, String detail) {
            super(file + " " + kind.phrase() + (detail == null || detail.isBlank() ? "" : ": " + detail));
            this.problem = new FileProblem(kind, getMessage());
        }

        public FileProblem problem() {
            return problem;
        }
    }
}

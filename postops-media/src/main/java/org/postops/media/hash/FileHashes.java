package org.postops.media.hash;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The hashes of one file from one read, with the size and modification time the file had while it was
 * read (both checked again after the last byte, see {@link FileHasher}).
 */
public record FileHashes(Map<HashFormat, String> values, long size, Instant lastModified) {

    public FileHashes {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /** The value in {@code format}; throws if that format was not computed. */
    public String get(HashFormat format) {
        String v = values.get(format);
        if (v == null) {
            throw new IllegalArgumentException(format.xmlName() + " was not computed");
        }
        return v;
    }
}

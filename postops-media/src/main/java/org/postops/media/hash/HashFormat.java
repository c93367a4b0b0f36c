package org.postops.media.hash;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hash formats of ASC MHL v2.0, declared in the order the schema lists them inside a {@code <hash>}
 * element (c4, md5, sha1, xxh128, xxh3, xxh64), so sorting by this enum gives the order manifests need.
 */
public enum HashFormat {
    /** SHA-512 of the content, written as "c4" and 88 base58 digits (SMPTE ST 2114). */
    C4("c4", 64),
    MD5("md5", 16),
    SHA1("sha1", 20),
    /** XXH3 with 128-bit output, written high half first (as xxhsum prints it). */
    XXH128("xxh128", 16),
    /** XXH3 with 64-bit output. */
    XXH3("xxh3", 8),
    XXH64("xxh64", 8);

    private final String xmlName;
    private final int bytes;

    HashFormat(String xmlName, int bytes) {
        this.xmlName = xmlName;
        this.bytes = bytes;
    }

    /** The element name in manifests and the name on the command line, e.g. {@code xxh128}. */
    public String xmlName() {
        return xmlName;
    }

    /** Length of the raw digest in bytes. */
    public int digestLength() {
        return bytes;
    }

    /** A fresh digest of this format. */
    public Digest newDigest() {
        return Digest.of(this);
    }

    /** The text form of a raw digest: lower-case hex, or the C4 ID for {@link #C4}. */
    public String encode(byte[] digest) {
        if (digest.length != bytes) {
            throw new IllegalArgumentException(xmlName + " digests are " + bytes + " bytes, not " + digest.length);
        }
        return this == C4 ? C4Id.encode(digest) : hex(digest);
    }

    /** The raw digest of a text form written by {@link #encode}; refuses text that is not one. */
    public byte[] decode(String text) {
        if (this == C4) {
            return C4Id.decode(text);
        }
        if (text.length() != 2 * bytes) {
            throw new IllegalArgumentException("not a " + xmlName + " value: " + text);
        }
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            int hi = Character.digit(text.charAt(2 * i), 16);
            int lo = Character.digit(text.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a " + xmlName + " value: " + text);
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** Whether {@code text} is a well-formed value of this format. */
    public boolean isValid(String text) {
        if (this != C4) {
            if (text.length() != 2 * bytes) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.digit(text.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
        try {
            decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final java.util.Map<String, HashFormat> BY_NAME = new java.util.HashMap<>();

    static {
        for (HashFormat f : values()) {
            BY_NAME.put(f.xmlName, f);
        }
    }

    /** The format with this name ({@code md5}, {@code xxh128}, ...; case does not matter). */
    public static Optional<HashFormat> byName(String name) {
        HashFormat f = BY_NAME.get(name); // manifests: exact lower-case names, read once per hash element
        return f != null ? Optional.of(f) : Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The names of all formats, for messages: "c4, md5, sha1, xxh128, xxh3, xxh64". */
    public static String names() {
        return Arrays.stream(values()).map(HashFormat::xmlName).collect(Collectors.joining(", "));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] b) {
        char[] c = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = HEX[(b[i] >> 4) & 15];
            c[2 * i + 1] = HEX[b[i] & 15];
        }
        return new String(c);
    }
}

package org.postops.media.hash;

/** xxHash's sanity-test input: byte i is the top byte of PRIME32 × PRIME64^i (mod 2^64). */
public final class SanityBuffer {

    private static final long PRIME32 = 2654435761L;
    private static final long PRIME64 = 0x9E3779B185EBCA8DL;

    private SanityBuffer() {
    }

    public static byte[] bytes(int length) {
        byte[] b = new byte[length];
        long gen = PRIME32;
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (gen >>> 56);
            gen *= PRIME64;
        }
        return b;
    }
}

package org.postops.media.hash;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A streaming digest of one format: feed it bytes in any number of chunks, then take the result once.
 * Not thread-safe; one per file and thread.
 */
public abstract class Digest {

    private final HashFormat format;

    private Digest(HashFormat format) {
        this.format = format;
    }

    public HashFormat format() {
        return format;
    }

    /** Adds {@code length} bytes of {@code bytes} starting at {@code offset}. */
    public abstract void update(byte[] bytes, int offset, int length);

    /** The raw digest (big-endian for the xxHash formats, as their canonical form). Ends this digest. */
    public abstract byte[] finish();

    /** The text form of the digest, as manifests and {@code postops hash} write it. Ends this digest. */
    public String finishText() {
        return format.encode(finish());
    }

    /** The digest of {@code bytes} in {@code format}, as text. */
    public static String of(HashFormat format, byte[] bytes) {
        Digest d = of(format);
        d.update(bytes, 0, bytes.length);
        return d.finishText();
    }

    static Digest of(HashFormat format) {
        switch (format) {
            case MD5:
                return new Jdk(format, "MD5");
            case SHA1:
                return new Jdk(format, "SHA-1");
            case C4:
                return new Jdk(format, "SHA-512");
            case XXH64:
                return new Stream64(format, Hashing.xxh64().hashStream());
            case XXH3:
                return new Stream64(format, Hashing.xxh3_64().hashStream());
            case XXH128:
                return new Stream128(format, Hashing.xxh3_128().hashStream());
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
    }

    private static final class Jdk extends Digest {
        private final MessageDigest md;

        Jdk(HashFormat format, String algorithm) {
            super(format);
            try {
                md = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
            }
        }

        @Override
        public void update(byte[] bytes, int offset, int length) {
            md.update(bytes, offset, length);
        }

        @Override
        public byte[] finish() {
            return md.digest();
        }
    }

    private static final class Stream64 extends Digest {
        private final HashStream64 stream;

        Stream64(HashFormat format, HashStream64 stream) {
            super(format);
            this.stream = stream;
        }

        @Override
        public void update(byte[] bytes, int offset, int length) {
            stream.putBytes(bytes, offset, length);
        }

        @Override
        public byte[] finish() {
            return bigEndian(stream.getAsLong(), new byte[8], 0);
        }
    }

    private static final class Stream128 extends Digest {
        private final HashStream128 stream;

        Stream128(HashFormat format, HashStream128 stream) {
            super(format);
            this.stream = stream;
        }

        @Override
        public void update(byte[] bytes, int offset, int length) {
            stream.putBytes(bytes, offset, length);
        }

        @Override
        public byte[] finish() {
            HashValue128 v = stream.get();
            byte[] out = new byte[16];
            bigEndian(v.getMostSignificantBits(), out, 0);
            return bigEndian(v.getLeastSignificantBits(), out, 8);
        }
    }

    /** hash4j's XXH3 (as {@link #of}): the reference the vector digest is tested against. */
    static Digest hash4j(HashFormat format) {
        return of(format);
    }

    /**
     * XXH3 (64 or 128 bits) on the Java Vector API, which also reads direct buffers in place
     * (docs/decisions/0029-vector-xxh3.md). Only made when {@link VectorSupport#available()}, by
     * {@link FileHasher} for large jobs: its warm-up would make small ones slower.
     */
    static final class Vector extends Digest {
        private final VectorXxh3 xxh3 = new VectorXxh3();

        Vector(HashFormat format) {
            super(format);
        }

        @Override
        public void update(byte[] bytes, int offset, int length) {
            xxh3.update(bytes, offset, length);
        }

        /** Adds {@code length} bytes of {@code buffer} from absolute index {@code offset}, without copying. */
        void update(java.nio.ByteBuffer buffer, int offset, int length) {
            xxh3.update(buffer, offset, length);
        }

        @Override
        public byte[] finish() {
            return format() == HashFormat.XXH128 ? xxh3.finish128() : xxh3.finish64();
        }
    }

    static byte[] bigEndian(long v, byte[] out, int at) {
        for (int i = 7; i >= 0; i--) {
            out[at + i] = (byte) v;
            v >>>= 8;
        }
        return out;
    }
}

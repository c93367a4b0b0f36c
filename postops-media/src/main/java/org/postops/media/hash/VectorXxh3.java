package org.postops.media.hash;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Streaming XXH3 (64 and 128 bits, seed 0, default secret) whose stripe loop runs on the Java Vector API:
 * one 64-byte stripe is one 512-bit vector (or two of 256 bits), read straight from a direct buffer, so a
 * file read into one never goes through the heap. Inputs of at most 256 bytes go to hash4j in one piece
 * (XXH3 hashes them with other code paths); the stripes, the scrambles and the long-input finalisation
 * are ours. Tests compare it with hash4j on every size class and random chunkings.
 *
 * <p>Only load this class when {@link VectorSupport#available()} says the incubator module is there.
 * Its first megabytes are slow (the Vector API runs generic Java code until the JIT has compiled the loop:
 * 0.3–0.5 s per JVM), so only large jobs use it; see docs/decisions/0029-vector-xxh3.md.
 */
final class VectorXxh3 {

    private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
    /** Vector lanes; 8 (AVX-512) or 4 (AVX2, NEON pairs) — VectorSupport refuses fewer. */
    private static final int LANES = SPECIES.length();
    private static final VectorShuffle<Long> SWAP = VectorShuffle.fromValues(SPECIES, swapped(SPECIES.length()));

    private static final int STRIPE = 64;
    private static final int STRIPES_PER_BLOCK = 16; // (secret 192 - stripe 64) / 8
    private static final int BLOCK = STRIPE * STRIPES_PER_BLOCK;
    /** At most this many bytes are hashed by hash4j in one piece; beyond it, the stripes start. */
    private static final int BUFFER = 256;

    private static final long PRIME32_1 = 0x9E3779B1L;
    private static final long PRIME32_2 = 0x85EBCA77L;
    private static final long PRIME32_3 = 0xC2B2AE3DL;
    private static final long PRIME64_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME64_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME64_3 = 0x165667B19E3779F9L;
    private static final long PRIME64_4 = 0x85EBCA77C2B2AE63L;
    private static final long PRIME64_5 = 0x27D4EB2F165667C5L;

    private static final byte[] SECRET = bytes(
            0xb8, 0xfe, 0x6c, 0x39, 0x23, 0xa4, 0x4b, 0xbe, 0x7c, 0x01, 0x81, 0x2c, 0xf7, 0x21, 0xad, 0x1c,
            0xde, 0xd4, 0x6d, 0xe9, 0x83, 0x90, 0x97, 0xdb, 0x72, 0x40, 0xa4, 0xa4, 0xb7, 0xb3, 0x67, 0x1f,
            0xcb, 0x79, 0xe6, 0x4e, 0xcc, 0xc0, 0xe5, 0x78, 0x82, 0x5a, 0xd0, 0x7d, 0xcc, 0xff, 0x72, 0x21,
            0xb8, 0x08, 0x46, 0x74, 0xf7, 0x43, 0x24, 0x8e, 0xe0, 0x35, 0x90, 0xe6, 0x81, 0x3a, 0x26, 0x4c,
            0x3c, 0x28, 0x52, 0xbb, 0x91, 0xc3, 0x00, 0xcb, 0x88, 0xd0, 0x65, 0x8b, 0x1b, 0x53, 0x2e, 0xa3,
            0x71, 0x64, 0x48, 0x97, 0xa2, 0x0d, 0xf9, 0x4e, 0x38, 0x19, 0xef, 0x46, 0xa9, 0xde, 0xac, 0xd8,
            0xa8, 0xfa, 0x76, 0x3f, 0xe3, 0x9c, 0x34, 0x3f, 0xf9, 0xdc, 0xbb, 0xc7, 0xc7, 0x0b, 0x4f, 0x1d,
            0x8a, 0x51, 0xe0, 0x4b, 0xcd, 0xb4, 0x59, 0x31, 0xc8, 0x9f, 0x7e, 0xc9, 0xd9, 0x78, 0x73, 0x64,
            0xea, 0xc5, 0xac, 0x83, 0x34, 0xd3, 0xeb, 0xc3, 0xc5, 0x81, 0xa0, 0xff, 0xfa, 0x13, 0x63, 0xeb,
            0x17, 0x0d, 0xdd, 0x51, 0xb7, 0xf0, 0xda, 0x49, 0xd3, 0x16, 0x55, 0x26, 0x29, 0xd4, 0x68, 0x9e,
            0x2b, 0x16, 0xbe, 0x58, 0x7d, 0x47, 0xa1, 0xfc, 0x8f, 0xf8, 0xb8, 0xd1, 0x7a, 0xd0, 0x31, 0xce,
            0x45, 0xcb, 0x3a, 0x8f, 0x95, 0x16, 0x04, 0x28, 0xaf, 0xd7, 0xfb, 0xca, 0xbb, 0x4b, 0x40, 0x7e);

    /** Stripe s of a block is keyed by the secret from byte 8s: 16 keys of 8 longs, one after another. */
    private static final long[] STRIPE_KEYS = new long[STRIPES_PER_BLOCK * 8];
    /** The scramble's key: the secret's last 64 bytes. */
    private static final long[] SCRAMBLE_KEY = new long[8];
    /** The last stripe's key: the secret from byte 192 - 64 - 7. */
    private static final long[] LAST_KEY = new long[8];

    static {
        for (int s = 0; s < STRIPES_PER_BLOCK; s++) {
            for (int i = 0; i < 8; i++) {
                STRIPE_KEYS[8 * s + i] = le64(SECRET, 8 * s + 8 * i);
            }
        }
        for (int i = 0; i < 8; i++) {
            SCRAMBLE_KEY[i] = le64(SECRET, SECRET.length - STRIPE + 8 * i);
            LAST_KEY[i] = le64(SECRET, SECRET.length - STRIPE - 7 + 8 * i);
        }
    }

    private final long[] acc = {PRIME32_3, PRIME64_1, PRIME64_2, PRIME64_3, PRIME64_4, PRIME32_2, PRIME64_5,
            PRIME32_1};
    /** Bytes not yet consumed: the whole input while it is short, later at most 256 bytes after the last stripe. */
    private final byte[] buffer = new byte[BUFFER];
    private final ByteBuffer bufferView = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    private int buffered;
    /** The last 64 consumed bytes: the last stripe overlaps them when fewer than 64 bytes follow. */
    private final byte[] lastConsumed = new byte[STRIPE];
    private long length;
    /** Stripes consumed in the current block; a scramble follows the 16th. */
    private int stripeInBlock;
    private boolean consumedAny;

    void update(byte[] bytes, int offset, int count) {
        update(ByteBuffer.wrap(bytes), offset, count);
    }

    /**
     * Adds {@code count} bytes of {@code source} from absolute index {@code offset}; does not move the
     * buffer's position. Direct buffers are read in place.
     */
    void update(ByteBuffer source, int offset, int count) {
        if (count <= 0) {
            return;
        }
        length += count;
        if (buffered + count <= BUFFER) {
            source.get(offset, buffer, buffered, count);
            buffered += count;
            return;
        }
        if (buffered > 0) {
            // top the buffer up to 256 bytes, four stripes; at least one byte follows them
            int fill = BUFFER - buffered;
            source.get(offset, buffer, buffered, fill);
            offset += fill;
            count -= fill;
            consume(bufferView, 0, BUFFER / STRIPE);
            System.arraycopy(buffer, BUFFER - STRIPE, lastConsumed, 0, STRIPE);
            buffered = 0;
        }
        // a stripe is consumed only when a byte follows it: the input's last stripe is hashed differently
        int stripes = (count - 1) / STRIPE;
        if (stripes > 0) {
            consume(source, offset, stripes);
            source.get(offset + stripes * STRIPE - STRIPE, lastConsumed, 0, STRIPE);
        }
        int rest = count - stripes * STRIPE;
        source.get(offset + stripes * STRIPE, buffer, 0, rest);
        buffered = rest;
    }

    /** XXH3-128: high half first, as xxhsum prints it. Ends this digest. */
    byte[] finish128() {
        byte[] out = new byte[16];
        if (!consumedAny) {
            HashValue128 v = Hashing.xxh3_128().hashBytesTo128Bits(buffer, 0, buffered);
            Digest.bigEndian(v.getMostSignificantBits(), out, 0);
            return Digest.bigEndian(v.getLeastSignificantBits(), out, 8);
        }
        finishStripes();
        long low = mergeAccs(11, length * PRIME64_1);
        long high = mergeAccs(SECRET.length - STRIPE - 11, ~(length * PRIME64_2));
        Digest.bigEndian(high, out, 0);
        return Digest.bigEndian(low, out, 8);
    }

    /** XXH3-64. Ends this digest. */
    byte[] finish64() {
        byte[] out = new byte[8];
        if (!consumedAny) {
            return Digest.bigEndian(Hashing.xxh3_64().hashBytesToLong(buffer, 0, buffered), out, 0);
        }
        finishStripes();
        return Digest.bigEndian(mergeAccs(11, length * PRIME64_1), out, 0);
    }

    private void finishStripes() {
        int stripes = (buffered - 1) / STRIPE;
        consume(bufferView, 0, stripes);
        byte[] last = new byte[STRIPE];
        if (buffered >= STRIPE) {
            System.arraycopy(buffer, buffered - STRIPE, last, 0, STRIPE);
        } else {
            System.arraycopy(lastConsumed, buffered, last, 0, STRIPE - buffered);
            System.arraycopy(buffer, 0, last, STRIPE - buffered, buffered);
        }
        for (int part = 0; part < 8; part += LANES) {
            LongVector a = LongVector.fromArray(SPECIES, acc, part);
            LongVector k = LongVector.fromArray(SPECIES, LAST_KEY, part);
            accumulate(a, ByteBuffer.wrap(last), part * 8, k).intoArray(acc, part);
        }
    }

    /** Accumulates {@code stripes} stripes from {@code source} at {@code offset}, scrambling after each block. */
    private void consume(ByteBuffer source, int offset, int stripes) {
        if (stripes == 0) {
            return;
        }
        consumedAny = true;
        if (LANES == 8) {
            consume8(source, offset, stripes);
        } else {
            for (int part = 0; part < 8; part += LANES) {
                consumePart(source, offset, stripes, part);
            }
            stripeInBlock = (stripeInBlock + stripes) % STRIPES_PER_BLOCK;
        }
    }

    /** One vector is one stripe: the accumulators stay in a register for the whole run. */
    private void consume8(ByteBuffer source, int offset, int stripes) {
        LongVector a = LongVector.fromArray(SPECIES, acc, 0);
        int s = stripeInBlock;
        int at = offset;
        int end = offset + stripes * STRIPE;
        while (at < end) {
            a = accumulate(a, source, at, LongVector.fromArray(SPECIES, STRIPE_KEYS, 8 * s));
            at += STRIPE;
            if (++s == STRIPES_PER_BLOCK) {
                a = scramble(a, LongVector.fromArray(SPECIES, SCRAMBLE_KEY, 0));
                s = 0;
            }
        }
        a.intoArray(acc, 0);
        stripeInBlock = s;
    }

    /** With fewer lanes, each slice of the accumulators runs through the input on its own. */
    private void consumePart(ByteBuffer source, int offset, int stripes, int part) {
        LongVector a = LongVector.fromArray(SPECIES, acc, part);
        int s = stripeInBlock;
        int at = offset + part * 8;
        int end = at + stripes * STRIPE;
        while (at < end) {
            a = accumulate(a, source, at, LongVector.fromArray(SPECIES, STRIPE_KEYS, 8 * s + part));
            at += STRIPE;
            if (++s == STRIPES_PER_BLOCK) {
                a = scramble(a, LongVector.fromArray(SPECIES, SCRAMBLE_KEY, part));
                s = 0;
            }
        }
        a.intoArray(acc, part);
    }

    /** acc[i ^ 1] += data[i]; acc[i] += lo32(data[i] ^ key[i]) * hi32(data[i] ^ key[i]). */
    private static LongVector accumulate(LongVector acc, ByteBuffer source, int at, LongVector key) {
        LongVector data = LongVector.fromByteBuffer(SPECIES, source, at, ByteOrder.LITTLE_ENDIAN);
        LongVector keyed = data.lanewise(VectorOperators.XOR, key);
        LongVector product = keyed.lanewise(VectorOperators.AND, 0xFFFFFFFFL)
                .mul(keyed.lanewise(VectorOperators.LSHR, 32));
        return acc.add(data.rearrange(SWAP)).add(product);
    }

    private static LongVector scramble(LongVector acc, LongVector key) {
        return acc.lanewise(VectorOperators.XOR, acc.lanewise(VectorOperators.LSHR, 47))
                .lanewise(VectorOperators.XOR, key)
                .mul(PRIME32_1);
    }

    private long mergeAccs(int secretAt, long start) {
        long result = start;
        for (int i = 0; i < 4; i++) {
            result += mulFold(acc[2 * i] ^ le64(SECRET, secretAt + 16 * i),
                    acc[2 * i + 1] ^ le64(SECRET, secretAt + 16 * i + 8));
        }
        result ^= result >>> 37;
        result *= 0x165667919E3779F9L;
        return result ^ (result >>> 32);
    }

    /** The 128-bit product of two unsigned longs, its halves xor-ed. */
    private static long mulFold(long a, long b) {
        long high = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
        return (a * b) ^ high;
    }

    private static long le64(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[at + i] & 0xFF);
        }
        return v;
    }

    private static int[] swapped(int lanes) {
        int[] order = new int[lanes];
        for (int i = 0; i < lanes; i++) {
            order[i] = i ^ 1;
        }
        return order;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}

package org.postops.media.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vector XXH3 (decision 0029) against hash4j's: every length up to 10,000 bytes at random, random
 * splits into updates (from arrays and from direct buffers), the edges of stripes, of the 1,024-byte block
 * and of the last stripe, and long inputs. The module's tests run with the vector module (see the pom).
 */
class VectorXxh3Test {

    @Test
    void theVectorPathIsTheOneUnderTest() {
        assertThat(VectorSupport.available()).as("surefire adds jdk.incubator.vector").isTrue();
        assertThat(new FileHasher(FileHasher.DEFAULT_BUFFER, true).vectors()).isTrue();
        assertThat(new FileHasher().vectors()).as("small jobs keep hash4j").isFalse();
    }

    @Test
    void theIssuesVector() {
        Digest d = new Digest.Vector(HashFormat.XXH128);
        byte[] bytes = "media-hash-list".getBytes(StandardCharsets.US_ASCII);
        d.update(bytes, 0, bytes.length);
        assertThat(d.finishText()).isEqualTo("61a67c014f703a456ee7a776fd8c06bd");
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 3, 16, 17, 128, 129, 240, 241, 255, 256, 257, 319, 320, 321, 1023, 1024, 1025,
            1087, 1088, 1089, 2047, 2048, 2049, 3 << 20})
    void edgesInOnePieceAndStripeByStripe(int length) {
        byte[] data = random(length, length);
        for (HashFormat format : new HashFormat[] {HashFormat.XXH128, HashFormat.XXH3}) {
            String expected = reference(format, data);
            assertThat(vector(format, data, 0, length)).as("one piece").isEqualTo(expected);
            for (int step : new int[] {1, 63, 64, 65, 256, 1024}) {
                assertThat(chunked(format, data, step)).as("steps of " + step).isEqualTo(expected);
            }
        }
    }

    @Property(tries = 400)
    void anyLengthAnySplit(@ForAll @IntRange(min = 0, max = 10_000) int length, @ForAll long seed,
                           @ForAll boolean direct, @ForAll boolean xxh128) {
        HashFormat format = xxh128 ? HashFormat.XXH128 : HashFormat.XXH3;
        Random random = new Random(seed);
        byte[] data = random(length, seed);
        Digest.Vector d = new Digest.Vector(format);
        ByteBuffer buffer = ByteBuffer.allocateDirect(Math.max(1, length) + 64);
        int at = 0;
        while (at < length) {
            // near the edges that matter: 64-byte stripes, 256-byte buffer, 1,024-byte blocks
            int[] sizes = {random.nextInt(4), 63 + random.nextInt(3), 255 + random.nextInt(3),
                    1023 + random.nextInt(3), random.nextInt(3000)};
            int n = Math.min(length - at, sizes[random.nextInt(sizes.length)]);
            if (direct) {
                int shift = random.nextInt(64); // any alignment in the buffer
                buffer.clear();
                buffer.put(shift, data, at, n); // absolute bulk put (Java 16)
                d.update(buffer, shift, n);
            } else {
                d.update(data, at, n);
            }
            at += n;
        }
        assertThat(d.finishText()).isEqualTo(reference(format, data));
    }

    @Property(tries = 10)
    void megabytesInRandomChunks(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] data = random(3_000_000 + random.nextInt(200_000), seed);
        Digest.Vector d = new Digest.Vector(HashFormat.XXH128);
        int at = 0;
        while (at < data.length) {
            int n = Math.min(data.length - at, 1 + random.nextInt(1 << 20));
            d.update(data, at, n);
            at += n;
        }
        assertThat(d.finishText()).isEqualTo(reference(HashFormat.XXH128, data));
    }

    private static String reference(HashFormat format, byte[] data) {
        Digest d = Digest.hash4j(format);
        d.update(data, 0, data.length);
        return d.finishText();
    }

    private static String vector(HashFormat format, byte[] data, int offset, int length) {
        Digest d = new Digest.Vector(format);
        d.update(data, offset, length);
        return d.finishText();
    }

    private static String chunked(HashFormat format, byte[] data, int step) {
        Digest d = new Digest.Vector(format);
        for (int at = 0; at < data.length; at += step) {
            d.update(data, at, Math.min(step, data.length - at));
        }
        return d.finishText();
    }

    private static byte[] random(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }
}

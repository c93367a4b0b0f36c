package org.postops.media.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Streaming in chunks of any size gives the digest of the whole input in one piece. */
class StreamingPropertiesTest {

    @Property(tries = 300)
    void chunkedEqualsOneShot(@ForAll HashFormat format, @ForAll @IntRange(min = 0, max = 20_000) int length,
                              @ForAll long seed) {
        Random random = new Random(seed);
        byte[] data = new byte[length];
        random.nextBytes(data);
        String whole = Digest.of(format, data);
        Digest chunked = format.newDigest();
        int at = 0;
        while (at < length) {
            // mostly small chunks, sometimes large, to cross stripe and block boundaries at odd places
            int max = random.nextInt(8) == 0 ? 5_000 : 70;
            int n = Math.min(length - at, random.nextInt(max + 1));
            chunked.update(data, at, n);
            at += n;
        }
        assertThat(chunked.finishText()).isEqualTo(whole);
    }

    @Property(tries = 20)
    void chunkedEqualsOneShotOnMegabytes(@ForAll HashFormat format, @ForAll long seed) {
        Random random = new Random(seed);
        byte[] data = new byte[2_000_000 + random.nextInt(100_000)];
        random.nextBytes(data);
        Digest chunked = format.newDigest();
        int at = 0;
        while (at < data.length) {
            int n = Math.min(data.length - at, 1 + random.nextInt(300_000));
            chunked.update(data, at, n);
            at += n;
        }
        assertThat(chunked.finishText()).isEqualTo(Digest.of(format, data));
    }
}

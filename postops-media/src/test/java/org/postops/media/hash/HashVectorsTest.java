package org.postops.media.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Published test vectors of every format. The xxHash values are xxhsum's own sanity-check vectors
 * (xxHash cli/xsum_sanity_check.c, seed 0) on its pseudo-random "sanity buffer", one length per size
 * class of XXH3 (0, 1–3, 4–8, 9–16, 17–128, 129–240, one block, several blocks); XXH128 values there
 * are {low64, high64}, written here in the canonical order (high half first).
 */
class HashVectorsTest {

    private static final byte[] MEDIA_HASH_LIST = "media-hash-list".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} of \"media-hash-list\"")
    @CsvSource({
            "md5,    9db0fc9f30f5ee70041a7538809e2858",
            "sha1,   7b57673ac5633937a55b59009ad0c57ee08188b7",
            "xxh64,  584b2ea1974f2b7c",
            "xxh3,   6d4cbd75905c81aa",
            "xxh128, 61a67c014f703a456ee7a776fd8c06bd",
            "c4,     c456LycWwpMMS7VDZEKvYv2L1uJS6s4qAFnaJdnQiy5JVbBFZMA8aLDS6SPaJjLqxXH4qZdnbuktopMt9frtC2qL1R"})
    void theIssuesVectors(String format, String expected) {
        assertThat(Digest.of(HashFormat.byName(format).orElseThrow(), MEDIA_HASH_LIST)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of nothing")
    @CsvSource({
            "md5,    d41d8cd98f00b204e9800998ecf8427e",
            "sha1,   da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "xxh64,  ef46db3751d8e999",
            "xxh3,   2d06800538d394c2",
            "xxh128, 99aa06d3014798d86001c324468d497f",
            "c4,     c459dsjfscH38cYeXXYogktxf4Cd9ibshE3BHUo6a58hBXmRQdZrAkZzsWcbWtDg5oQstpDuni4Hirj75GEmTc1sFT"})
    void emptyInput(String format, String expected) {
        assertThat(Digest.of(HashFormat.byName(format).orElseThrow(), new byte[0])).isEqualTo(expected);
    }

    @ParameterizedTest(name = "xxh64 of {0} sanity bytes")
    @CsvSource({
            "0,   ef46db3751d8e999",
            "1,   e934a84adb052768",
            "4,   9136a0dca57457ee",
            "14,  8282dcc4994e35c8",
            "222, b641ae8cb691c174"})
    void xxh64SanityVectors(int length, String expected) {
        assertThat(Digest.of(HashFormat.XXH64, SanityBuffer.bytes(length))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "xxh3 of {0} sanity bytes")
    @CsvSource({
            "0,    2d06800538d394c2",   // empty
            "1,    c44bdff4074eecdb",   // 1-3
            "6,    27b56a84cd2d7325",   // 4-8
            "12,   a713daf0dfbb77e7",   // 9-16
            "24,   a3fe70bf9d3510eb",   // 17-32
            "48,   397da259ecba1f11",   // 33-64
            "80,   bcdefbbb2c47c90a",   // 65-96
            "195,  cd94217ee362ec3a",   // 129-240
            "403,  cdeb804d65c6dea4",   // one block, last stripe overlapping
            "512,  617e49599013cb6b",   // one block, ends on a stripe
            "2048, dd59e2c3a5f038e0",   // two blocks, ends on a block
            "2099, c6b9d9b3fc9ac765",   // two blocks and part of a third
            "2240, 6e73a90539cf2948",   // three blocks, ends on a stripe
            "2367, cb37aeb9e5d361ed"})  // three blocks, last stripe overlapping
    void xxh3SanityVectors(int length, String expected) {
        assertThat(Digest.of(HashFormat.XXH3, SanityBuffer.bytes(length))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "xxh128 of {0} sanity bytes")
    @CsvSource({
            "0,    99aa06d3014798d8, 6001c324468d497f",
            "1,    a6cd5e9392000f6a, c44bdff4074eecdb",
            "6,    082afe0b8162d12a, 3e7039bdda43cfc6",
            "12,   6e3efd8fc7802b18, 061a192713f69ad9",
            "24,   0ce966e4678d3761, 1e7044d28b1b901d",
            "48,   a002ac4e5478227e, f942219aed80f67b",
            "81,   4952f58181ab0042, 5e8bafb9f95fb803",
            "222,  337e09641b948717, f1aebd597cec6b3a",
            "403,  1b6de21e332dd73d, cdeb804d65c6dea4",
            "512,  18d2d110dcc9bca1, 617e49599013cb6b",
            "2048, f736557fd47073a5, dd59e2c3a5f038e0",
            "2240, ccb134fbfa7ce49d, 6e73a90539cf2948",
            "2367, e89c0f6ff369b427, cb37aeb9e5d361ed"})
    void xxh128SanityVectors(int length, String high, String low) {
        assertThat(Digest.of(HashFormat.XXH128, SanityBuffer.bytes(length))).isEqualTo(high + low);
    }

    /**
     * 3 MiB + 17 bytes of the sanity buffer's generator: thousands of XXH3 blocks and a partial last
     * stripe. Values computed with xxhsum 0.8.1 (-H1, -H2, -H3), md5sum and sha1sum.
     */
    @Test
    void longInputAcrossManyBlocks() {
        byte[] data = SanityBuffer.bytes(3 * 1024 * 1024 + 17);
        assertThat(Digest.of(HashFormat.XXH64, data)).isEqualTo("47b3e9b5142aed23");
        assertThat(Digest.of(HashFormat.XXH3, data)).isEqualTo("3a09646f1494ba06");
        assertThat(Digest.of(HashFormat.XXH128, data)).isEqualTo("95326db9e58414863a09646f1494ba06");
        assertThat(Digest.of(HashFormat.MD5, data)).isEqualTo("8035190b3f67760362c91486ee19a2a2");
        assertThat(Digest.of(HashFormat.SHA1, data)).isEqualTo("4c4a117fad65fc628593785d080247d414971993");
        assertThat(Digest.of(HashFormat.C4, data)).isEqualTo(
                "c43Ek3qqyXqM2EFitifM82v8daXty4L9R9qp7r5Zn6DThkWH6UtpeEix1tCESTVvxCVTJ4xtNgWizSkpnK4syfU3tU");
    }

    @Test
    void textFormsDecodeToTheRawDigest() {
        for (HashFormat f : HashFormat.values()) {
            byte[] raw = f.newDigest().finish();
            assertThat(f.decode(f.encode(raw))).as(f.xmlName()).isEqualTo(raw);
            assertThat(f.encode(raw)).hasSize(f == HashFormat.C4 ? 90 : 2 * f.digestLength());
        }
        byte[] zeros = new byte[64];
        assertThat(HashFormat.C4.encode(zeros)).isEqualTo("c4" + "1".repeat(88));
        byte[] ones = new byte[64];
        Arrays.fill(ones, (byte) 0xff);
        assertThat(HashFormat.C4.decode(HashFormat.C4.encode(ones))).isEqualTo(ones);
    }

    @Test
    void malformedValuesAreRefused() {
        assertThatThrownBy(() -> HashFormat.MD5.decode("xyz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashFormat.XXH64.decode("584b2ea1974f2b7g"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashFormat.C4.decode("c4" + "0".repeat(88)))
                .hasMessageContaining("base58");
        assertThatThrownBy(() -> HashFormat.C4.decode("c4" + "z".repeat(88)))
                .hasMessageContaining("512 bits");
        assertThat(HashFormat.byName("XXH128")).contains(HashFormat.XXH128);
        assertThat(HashFormat.byName("sha256")).isEmpty();
    }
}

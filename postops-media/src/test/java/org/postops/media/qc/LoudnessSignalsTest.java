package org.postops.media.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.probe.TestMedia;

/**
 * EBU Tech 3341 (loudness, gating, true peak) and Tech 3342 (loudness range) test signals, synthesised with
 * ffmpeg as 24-bit stereo WAV and measured through the whole QC path (probe, one pass, programme mix).
 *
 * <p>Why a 1 kHz stereo sine at −23 dBFS reads −23.0 LUFS: BS.1770's K-weighting has a gain of about +0.69 dB at
 * 1 kHz, which the −0.691 constant of the loudness formula cancels; a sine of peak A has mean square A²/2 per
 * channel, and two channels sum to A². So L = −0.691 + 10·log10(10^0.0691 · A²) = 20·log10(A) = −23.0.
 */
class LoudnessSignalsTest {

    @TempDir
    Path tmp;

    private static final DeliveryProfile MEASURE;

    static {
        try {
            MEASURE = DeliveryProfiles.parse("""
                    id: measure
                    rules:
                      - {id: i, check: loudness.integrated, min: -200, source: test}
                      - {id: lra, check: loudness.range, min: 0, source: test}
                      - {id: tp, check: loudness.true-peak, max: 100, source: test}
                    """, "test");
        } catch (ProfileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stereo 1 kHz sine whose peak level (dBFS) steps through {@code segments}: level, seconds, level, seconds … */
    private Path sine(String name, double... segments) throws Exception {
        StringBuilder level = new StringBuilder();
        double t = 0;
        int open = 0;
        for (int i = 0; i < segments.length; i += 2) {
            double amplitude = Math.pow(10, segments[i] / 20);
            t += segments[i + 1];
            if (i + 2 < segments.length) {
                level.append("if(lt(t,").append(t).append("),").append(amplitude).append(',');
                open++;
            } else {
                level.append(amplitude);
            }
        }
        level.append(")".repeat(open));
        String expr = "(" + level + ")*sin(2*PI*1000*t)";
        return TestMedia.ffmpeg(tmp.resolve(name + ".wav"), "-f", "lavfi", "-i",
                "aevalsrc=exprs='" + expr + "|" + expr + "':s=48000:c=stereo:d=" + t, "-c:a", "pcm_s24le");
    }

    private QcReport.LoudnessFigures measure(Path f) throws Exception {
        return new Qc(TestMedia.FFMPEG).check(f, MEASURE, p -> { }).loudness().orElseThrow();
    }

    private static double d(BigDecimal v) {
        return v.doubleValue();
    }

    @Test
    void tech3341Case1StereoSineAtMinus23() throws Exception {
        var l = measure(sine("c1", -23, 20));
        assertThat(d(l.integratedLufs())).isCloseTo(-23.0, within(0.1));
        // the sample peak of a 1 kHz sine at 48 kHz is its true peak, within the meter's +0.2/-0.4 dB
        assertThat(d(l.truePeakDbtp())).isBetween(-23.4, -22.8);
        assertThat(l.programme()).isEqualTo("stereo from audio track 1");
    }

    @Test
    void tech3341Case2StereoSineAtMinus33() throws Exception {
        assertThat(d(measure(sine("c2", -33, 20)).integratedLufs())).isCloseTo(-33.0, within(0.1));
    }

    @Test
    void tech3341Case3RelativeGateLeavesOutTheQuietParts() throws Exception {
        // -36 dBFS lies more than 10 LU under the ungated mean, so the relative gate drops it
        assertThat(d(measure(sine("c3", -36, 10, -23, 60, -36, 10)).integratedLufs())).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void tech3341Case4AbsoluteGateLeavesOutMinus72() throws Exception {
        assertThat(d(measure(sine("c4", -72, 10, -36, 10, -23, 60, -36, 10, -72, 10)).integratedLufs()))
                .isCloseTo(-23.0, within(0.1));
    }

    @Test
    void tech3342LoudnessRanges() throws Exception {
        assertThat(d(measure(sine("lra1", -20, 20, -30, 20)).lraLu())).isCloseTo(10.0, within(1.0));
        assertThat(d(measure(sine("lra2", -20, 20, -15, 20)).lraLu())).isCloseTo(5.0, within(1.0));
        assertThat(d(measure(sine("lra3", -40, 20, -20, 20)).lraLu())).isCloseTo(20.0, within(1.0));
    }

    /**
     * A 12 kHz sine (a quarter of 48 kHz) at 45° phase puts every sample at ±A/√2: the samples peak 3.01 dB under
     * the wave. With A = 0.5 the true peak is −6.02 dBTP while the sample peak is −9.03 dBFS; a true-peak meter must
     * read −6.02 within +0.2/−0.4 dB (Tech 3341's tolerance). A 9.6 kHz sine (a fifth of 48 kHz) at 0° has samples
     * peaking at cos(36°)·A, 1.84 dB under its true peak. Both fade in over a second: a sine switched on at full
     * level overshoots after reconstruction (ffmpeg reads −5.4 dBTP for the abrupt 12 kHz one), which is a property
     * of the signal, not of the meter.
     */
    @Test
    void truePeakBetweenTheSamples() throws Exception {
        assertThat(d(measure(tone("tp12k", "0.5*sin(2*PI*12000*t+PI/4)*min(1,t)")).truePeakDbtp()))
                .isBetween(-6.02 - 0.4, -6.02 + 0.2);
        assertThat(d(measure(tone("tp9k6", "0.5*sin(2*PI*9600*t)*min(1,t)")).truePeakDbtp()))
                .isBetween(-6.02 - 0.4, -6.02 + 0.2);
    }

    private Path tone(String name, String expr) throws Exception {
        return TestMedia.ffmpeg(tmp.resolve(name + ".wav"), "-f", "lavfi", "-i",
                "aevalsrc=exprs='" + expr + "|" + expr + "':s=48000:c=stereo:d=5", "-c:a", "pcm_s24le");
    }

    /**
     * A 5.1 programme from six mono tracks, joined in its real layout (never downmixed): 1 kHz at −28 dBFS on L and
     * R, −24 on C, −30 on both surrounds, and −20 on the LFE. BS.1770 weights the surrounds by 1.41 and leaves the
     * LFE out: 10·log10(2·½·10^−2.8 + ½·10^−2.4 + 2·1.41·½·10^−3) = −23.0 LUFS. Were the LFE counted it would read
     * −20.0; were the tracks downmixed to stereo the figure would change again.
     */
    @Test
    void fivePointOneFromSixMonoTracksKeepsItsLayout() throws Exception {
        double[] dbfs = {-28, -28, -24, -20, -30, -30};
        java.util.List<String> args = new java.util.ArrayList<>();
        for (double level : dbfs) {
            args.addAll(java.util.List.of("-f", "lavfi", "-i", "aevalsrc=exprs='" + Math.pow(10, level / 20)
                    + "*sin(2*PI*1000*t)':s=48000:d=20"));
        }
        for (int i = 0; i < 6; i++) {
            args.addAll(java.util.List.of("-map", i + ":a"));
        }
        args.addAll(java.util.List.of("-c:a", "pcm_s24le"));
        Path f = TestMedia.ffmpeg(tmp.resolve("six.mov"), args.toArray(String[]::new));
        DeliveryProfile surround = DeliveryProfiles.parse("""
                id: surround
                programme: {tracks: [1, 2, 3, 4, 5, 6], layout: "5.1"}
                rules: [{id: i, check: loudness.integrated, target: -23, tolerance: 0.1, source: ITU-R BS.1770-4}]
                """, "test");
        QcReport r = new Qc(TestMedia.FFMPEG).check(f, surround, p -> { });
        assertThat(d(r.loudness().orElseThrow().integratedLufs())).isCloseTo(-23.0, within(0.1));
        assertThat(r.loudness().orElseThrow().programme()).isEqualTo("5.1 from audio tracks 1+2+3+4+5+6");
        assertThat(r.verdict()).isEqualTo("pass");
    }
}

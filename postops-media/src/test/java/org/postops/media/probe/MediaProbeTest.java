package org.postops.media.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.probe.MediaInfo.AudioTrack;
import org.postops.media.probe.MediaInfo.VideoTrack;
import org.postops.media.timecode.FrameRate;

/** Files made by ffmpeg with known properties, read back by the probe. */
class MediaProbeTest {

    @TempDir
    static Path tmp;
    static Path interlaced;
    static Path prores;
    static MediaProbe probe = new MediaProbe(TestMedia.FFMPEG);

    @BeforeAll
    static void makeMedia() throws Exception {
        List<String> a = new ArrayList<>(List.of("-f", "lavfi", "-i", "testsrc=size=1920x1080:rate=25:duration=2"));
        a.addAll(TestMedia.sines(4, 2));
        a.addAll(List.of("-map", "0:v", "-map", "1:a", "-map", "2:a", "-map", "3:a", "-map", "4:a",
                "-vf", "setfield=tff,setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv",
                "-c:v", "mpeg2video", "-flags", "+ilme+ildct", "-top", "1", "-pix_fmt", "yuv422p", "-b:v", "30M",
                "-c:a", "pcm_s24le", "-timecode", "10:00:00:00"));
        interlaced = TestMedia.ffmpeg(tmp.resolve("i25.mxf"), a.toArray(String[]::new));

        List<String> b = new ArrayList<>(List.of("-f", "lavfi", "-i",
                "testsrc=size=1920x1080:rate=24000/1001:duration=1.001"));
        b.addAll(TestMedia.sines(8, 1.001));
        b.addAll(List.of("-map", "0:v"));
        for (int i = 1; i <= 8; i++) {
            b.addAll(List.of("-map", i + ":a"));
        }
        b.addAll(List.of("-c:v", "prores_ks", "-profile:v", "3", "-pix_fmt", "yuv422p10le", "-c:a", "pcm_s24le",
                "-timecode", "01:00:00:00"));
        prores = TestMedia.ffmpeg(tmp.resolve("prores.mov"), b.toArray(String[]::new));
    }

    @Test
    void interlacedMxfWithTimecode() throws Exception {
        MediaInfo info = probe.probe(interlaced);
        assertThat(info.container().name()).isEqualTo("MXF OP1a");
        assertThat(info.container().operationalPattern()).contains("OP1a");
        assertThat(info.durationSeconds()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("2"));
        assertThat(info.startTimecode()).contains("10:00:00:00");
        assertThat(info.start()).hasValueSatisfying(tc -> assertThat(tc.frameNumber()).isEqualTo(900_000));
        VideoTrack v = info.mainVideo().orElseThrow();
        assertThat(v.codec()).isEqualTo("mpeg2video");
        assertThat(v.profile()).contains("4:2:2");
        assertThat(v.width()).isEqualTo(1920);
        assertThat(v.height()).isEqualTo(1080);
        assertThat(v.sampleAspectRatio()).contains("1:1");
        assertThat(v.displayAspectRatio()).contains("16:9");
        assertThat(v.frameRate()).contains("25");
        assertThat(v.frameRateExact()).contains("25");
        assertThat(v.timecodeRate()).contains(FrameRate.FPS_25);
        assertThat(v.scan()).isEqualTo("interlaced");
        assertThat(v.fieldOrder()).contains("top field first");
        assertThat(v.pixelFormat()).contains("yuv422p");
        assertThat(v.bitDepth()).contains(8);
        assertThat(v.chromaSubsampling()).contains("4:2:2");
        assertThat(v.colour().primaries()).contains("bt709");
        assertThat(v.colour().transfer()).contains("bt709");
        assertThat(v.colour().matrix()).contains("bt709");
        assertThat(v.colour().range()).contains("limited");
        assertThat(v.masteringDisplay()).isEmpty();
        assertThat(v.frames()).contains(50L);
        assertThat(info.audio()).hasSize(4).allSatisfy(t -> {
            assertThat(t.codec()).isEqualTo("pcm_s24le");
            assertThat(t.channels()).isEqualTo(1);
            assertThat(t.sampleRate()).isEqualTo(48000);
            assertThat(t.bitDepth()).contains(24);
        });
        assertThat(info.warnings()).isEmpty();
    }

    @Test
    void proresAt23976WithEightMonoTracksAndATimecodeTrack() throws Exception {
        MediaInfo info = probe.probe(prores);
        assertThat(info.container().name()).isEqualTo("QuickTime");
        assertThat(info.container().brand()).contains("qt");
        VideoTrack v = info.mainVideo().orElseThrow();
        assertThat(v.codec()).isEqualTo("prores");
        assertThat(v.profile()).contains("HQ");
        assertThat(v.frameRate()).contains("23.976");
        assertThat(v.frameRateExact()).contains("24000/1001");
        assertThat(v.scan()).isEqualTo("progressive");
        assertThat(v.fieldOrder()).isEmpty();
        assertThat(v.bitDepth()).contains(10);
        assertThat(v.chromaSubsampling()).contains("4:2:2");
        assertThat(v.pixelFormat()).contains("yuv422p10le");
        assertThat(v.frames()).contains(24L);
        assertThat(v.timecode()).contains("01:00:00:00");
        assertThat(info.audio()).hasSize(8).extracting(AudioTrack::channels).containsOnly(1);
        assertThat(info.audio()).extracting(AudioTrack::bitDepth).containsOnly(java.util.Optional.of(24));
        assertThat(info.audio()).extracting(AudioTrack::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(info.other()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo("data");
            assertThat(t.tag()).contains("tmcd");
            assertThat(t.timecode()).contains("01:00:00:00");
        });
        assertThat(info.warnings()).isEmpty();
        assertThat(info.start()).hasValueSatisfying(tc -> assertThat(tc.frameNumber()).isEqualTo(86_400));
    }

    @Test
    void dropFrameTimecodeAndStereoAac() throws Exception {
        Path f = TestMedia.ffmpeg(tmp.resolve("df.mov"), "-f", "lavfi", "-i",
                "testsrc=size=320x240:rate=30000/1001:duration=0.5", "-f", "lavfi", "-i",
                "sine=frequency=1000:sample_rate=44100:duration=0.5", "-ac", "2", "-c:v", "mpeg4", "-c:a", "aac",
                "-timecode", "00:59:59;28");
        MediaInfo info = probe.probe(f);
        assertThat(info.startTimecode()).contains("00:59:59;28");
        assertThat(info.start()).hasValueSatisfying(tc -> {
            assertThat(tc.dropFrame()).isTrue();
            assertThat(tc.plus(2)).hasToString("01:00:00;00");
        });
        assertThat(info.mainVideo().orElseThrow().frameRate()).contains("29.97");
        AudioTrack a = info.audio().get(0);
        assertThat(a.codec()).isEqualTo("aac");
        assertThat(a.channels()).isEqualTo(2);
        assertThat(a.layout()).contains("stereo");
        assertThat(a.sampleRate()).isEqualTo(44100);
        assertThat(a.bitDepth()).isEmpty();
    }

    @Test
    void hdrMasteringMetadata() throws Exception {
        Path f = TestMedia.ffmpeg(tmp.resolve("hdr.mov"), "-f", "lavfi", "-i",
                "testsrc=size=320x180:rate=25:duration=0.2", "-vf",
                "setparams=color_primaries=bt2020:color_trc=smpte2084:colorspace=bt2020nc,format=yuv422p10le",
                "-c:v", "prores_ks", "-profile:v", "3");
        TestMedia.addHdrBoxes(f, new double[] {0.265, 0.69, 0.15, 0.06, 0.68, 0.32, 0.3127, 0.329}, 1000, 0.0001,
                1000, 400);
        VideoTrack v = probe.probe(f).mainVideo().orElseThrow();
        assertThat(v.isHdr()).isTrue();
        assertThat(v.colour().primaries()).contains("bt2020");
        assertThat(v.colour().transfer()).contains("smpte2084");
        assertThat(v.colour().matrix()).contains("bt2020nc");
        var md = v.masteringDisplay().orElseThrow();
        assertThat(md.red().x()).isEqualByComparingTo("0.68");
        assertThat(md.red().y()).isEqualByComparingTo("0.32");
        assertThat(md.green().x()).isEqualByComparingTo("0.265");
        assertThat(md.blue().y()).isEqualByComparingTo("0.06");
        assertThat(md.whitePoint().x()).isEqualByComparingTo("0.3127");
        assertThat(md.maxLuminance()).isEqualByComparingTo("1000");
        assertThat(md.minLuminance()).isEqualByComparingTo("0.0001");
        assertThat(v.contentLight()).hasValueSatisfying(cl -> {
            assertThat(cl.maxCll()).isEqualTo(1000);
            assertThat(cl.maxFall()).isEqualTo(400);
        });
    }

    @Test
    void badInputSaysWhat() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.mov"), "call the lab about reel 3\n");
        assertThatThrownBy(() -> probe.probe(text)).isInstanceOf(ProbeException.class)
                .hasMessageContaining("is not a media file FFmpeg can read: Invalid data found when processing input")
                .extracting(e -> ((ProbeException) e).reason()).isEqualTo(ProbeException.Reason.NOT_MEDIA);
        assertThatThrownBy(() -> probe.probe(tmp.resolve("nowhere.mov"))).hasMessageEndingWith("no such file")
                .extracting(e -> ((ProbeException) e).reason()).isEqualTo(ProbeException.Reason.MISSING);
        Path empty = Files.createFile(tmp.resolve("empty.mxf"));
        assertThatThrownBy(() -> probe.probe(empty)).hasMessageEndingWith("is empty (0 bytes)");
        assertThatThrownBy(() -> probe.probe(tmp)).hasMessageEndingWith("is not a file but a folder");

        byte[] whole = Files.readAllBytes(prores);
        Path cut = Files.write(tmp.resolve("cut.mov"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> probe.probe(cut)).hasMessageContaining("is not a media file")
                .hasMessageContaining("no 'moov' index: a QuickTime/MP4 file cut short");

        // MXF cut short still opens (its header states the duration) but FFmpeg complains: reported as warnings
        byte[] mxf = Files.readAllBytes(interlaced);
        Path cutMxf = Files.write(tmp.resolve("cut.mxf"), java.util.Arrays.copyOf(mxf, mxf.length / 2));
        assertThat(probe.probe(cutMxf).warnings()).isNotEmpty().anySatisfy(w -> assertThat(w).startsWith("mxf: "));
    }

    @Test
    void anFfmpegFolderChosenByTheEnvironment() {
        Path dir = TestMedia.FFMPEG.ffprobe().getParent();
        Ffmpeg chosen = Ffmpeg.locate(Map.of("POSTOPS_FFMPEG_DIR", dir.toString()), null);
        assertThat(chosen.origin()).isEqualTo("POSTOPS_FFMPEG_DIR");
        assertThat(chosen.ffprobe()).isEqualTo(dir.resolve("ffprobe"));
        assertThatThrownBy(() -> Ffmpeg.locate(Map.of("POSTOPS_FFMPEG_DIR", tmp.toString()), null))
                .hasMessage("POSTOPS_FFMPEG_DIR is " + tmp + ", which has no executable ffmpeg");
        assertThat(Ffmpeg.locate(Map.of(), null).origin()).isEqualTo("bundled");
        assertThat(TestMedia.FFMPEG.version()).isEqualTo("FFmpeg 8.0.1 (bundled)");
    }

    @Test
    void operationalPatterns() {
        assertThat(MediaProbe.operationalPattern("060e2b34.04010101.0d010201.01010900")).contains("OP1a");
        assertThat(MediaProbe.operationalPattern("060e2b34.04010102.0d010201.10030000")).contains("OPAtom");
        assertThat(MediaProbe.operationalPattern("060e2b34.04010101.0d010201.02030900")).contains("OP2c");
        assertThat(MediaProbe.operationalPattern("nonsense")).isEmpty();
    }

    @Test
    void pixelFormats() {
        assertThat(PixelFormats.of("yuv420p")).contains(new PixelFormats.Sampling(8, "4:2:0"));
        assertThat(PixelFormats.of("yuv444p12le")).contains(new PixelFormats.Sampling(12, "4:4:4"));
        assertThat(PixelFormats.of("yuvj422p")).contains(new PixelFormats.Sampling(8, "4:2:2"));
        assertThat(PixelFormats.of("yuva444p10le")).contains(new PixelFormats.Sampling(10, "4:4:4"));
        assertThat(PixelFormats.of("p010le")).contains(new PixelFormats.Sampling(10, "4:2:0"));
        assertThat(PixelFormats.of("p210le")).contains(new PixelFormats.Sampling(10, "4:2:2"));
        assertThat(PixelFormats.of("gbrp12le")).contains(new PixelFormats.Sampling(12, "4:4:4"));
        assertThat(PixelFormats.of("gray10le")).contains(new PixelFormats.Sampling(10, "4:0:0"));
        assertThat(PixelFormats.of("uyvy422")).contains(new PixelFormats.Sampling(8, "4:2:2"));
        assertThat(PixelFormats.of("pal8")).isEmpty();
    }

    @Test
    void warningsLoseTheirPointerNoise() {
        assertThat(MediaProbe.warnings("[mxf @ 0x55a0ad6bff00] broken or empty index\n"
                + "[mxf @ 0x55a0ad6bff00] broken or empty index\n[mov,mp4,m4a,3gp,3g2,mj2 @ 0x1] Format mov detected"
                + " only with low score of 1, misdetection possible!\n"))
                .containsExactly("mxf: broken or empty index");
        assertThat(new BigDecimal("2.000000")).isEqualByComparingTo("2");
    }
}

package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code postops probe} on files ffmpeg makes, run in-process. */
class ProbeCommandTest {

    @TempDir
    static Path tmp;
    static Path master;

    @BeforeAll
    static void media() throws Exception {
        master = MediaFiles.make(tmp.resolve("master.mxf"), "-f", "lavfi", "-i",
                "testsrc=size=1920x1080:rate=25:duration=2", "-f", "lavfi", "-i",
                "sine=frequency=1000:sample_rate=48000:duration=2", "-f", "lavfi", "-i",
                "sine=frequency=500:sample_rate=48000:duration=2", "-map", "0:v", "-map", "1:a", "-map", "2:a",
                "-vf", "setfield=tff,setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv",
                "-c:v", "mpeg2video", "-flags", "+ilme+ildct", "-top", "1", "-pix_fmt", "yuv422p", "-b:v", "30M",
                "-c:a", "pcm_s24le", "-timecode", "10:00:00:00");
    }

    @Test
    void textForPeople() {
        CommandRun r = CommandRun.of("probe", master.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Container   MXF OP1a (mxf)")
                .contains("Duration    00:00:02:00 (2.000 s, 50 frames)")
                .contains("Timecode    10:00:00:00 – 10:00:01:24 (first – last frame)")
                .contains("Video #0    mpeg2video 4:2:2, 1920×1080, SAR 1:1, DAR 16:9, 25 fps, interlaced"
                        + " (top field first)")
                .contains("yuv422p, 8-bit 4:2:2, colour bt709/bt709/bt709, limited range")
                .contains("Audio #1    pcm_s24le, 1 ch, 48 kHz, 24-bit")
                .contains("Audio #2    pcm_s24le, 1 ch, 48 kHz, 24-bit")
                .doesNotContain("Warnings");
    }

    @Test
    void jsonForScripts() {
        CommandRun r = CommandRun.of("probe", master.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("container").get("operationalPattern").asString()).isEqualTo("OP1a");
        assertThat(j.get("startTimecode").asString()).isEqualTo("10:00:00:00");
        assertThat(j.get("durationSeconds").decimalValue()).isEqualByComparingTo("2");
        JsonNode v = j.get("video").get(0);
        assertThat(v.get("codec").asString()).isEqualTo("mpeg2video");
        assertThat(v.get("width").asInt()).isEqualTo(1920);
        assertThat(v.get("frameRateExact").asString()).isEqualTo("25");
        assertThat(v.get("scan").asString()).isEqualTo("interlaced");
        assertThat(v.get("fieldOrder").asString()).isEqualTo("top field first");
        assertThat(v.get("bitDepth").asInt()).isEqualTo(8);
        assertThat(v.get("chromaSubsampling").asString()).isEqualTo("4:2:2");
        assertThat(v.get("colour").get("range").asString()).isEqualTo("limited");
        assertThat(v.get("masteringDisplay").isNull()).isTrue();
        assertThat(j.get("audio")).hasSize(2);
        assertThat(j.get("audio").get(0).get("bitDepth").asInt()).isEqualTo(24);
        assertThat(j.get("warnings")).isEmpty();
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        CommandRun missing = CommandRun.of("probe", tmp.resolve("nowhere.mxf").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("postops: " + tmp.resolve("nowhere.mxf") + ": no such file\n");
        Path text = Files.writeString(tmp.resolve("readme.mxf"), "not a picture");
        CommandRun notMedia = CommandRun.of("probe", text.toString());
        assertThat(notMedia.code()).isEqualTo(2);
        assertThat(notMedia.err()).contains("is not a media file FFmpeg can read");
        assertThat(notMedia.out()).isEmpty();
        Path empty = Files.createFile(tmp.resolve("empty.mov"));
        assertThat(CommandRun.of("probe", empty.toString()).err()).contains("is empty (0 bytes)");
        assertThat(CommandRun.of("probe").code()).isEqualTo(2);
    }

    @Test
    void aFileCutShortIsReadWithWarningsAndExitsOne() throws Exception {
        byte[] whole = Files.readAllBytes(master);
        Path cut = Files.write(tmp.resolve("cut.mxf"), Arrays.copyOf(whole, whole.length / 2));
        CommandRun r = CommandRun.of("probe", cut.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Warnings    mxf: ");
    }

    @Test
    void helpNamesTheExitCodes() {
        assertThat(CommandRun.of("probe", "--help").out()).contains("postops probe MASTER.mxf")
                .contains("1  read, but FFmpeg reported problems").contains("2  could not be read");
    }
}

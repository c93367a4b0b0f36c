package org.postops.media.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.probe.TestMedia;

/**
 * The built-in prores-mezzanine profile: a file that meets it passes; one that breaks it fails on exactly the
 * rules it breaks; input that cannot be checked is refused, never passed.
 */
class QcVerdictTest {

    @TempDir
    static Path tmp;
    static DeliveryProfile mezzanine;
    static Path good;

    /** 4 s 1080p25 ProRes HQ, BT.709, mono tracks 1 and 2 each a 1 kHz sine at {@code dbfs}, from 01:00:00:00. */
    static Path mezzanine(String name, double dbfs, String extraAudio) throws Exception {
        double a = Math.pow(10, dbfs / 20);
        String tone = a + "*sin(2*PI*1000*t)" + extraAudio;
        return TestMedia.ffmpeg(tmp.resolve(name + ".mov"), "-f", "lavfi", "-i",
                "testsrc2=size=1920x1080:rate=25:duration=4,setparams=color_primaries=bt709:color_trc=bt709:"
                        + "colorspace=bt709", "-f", "lavfi", "-i", "aevalsrc=exprs='" + tone + "':s=48000:d=4",
                "-f", "lavfi", "-i", "aevalsrc=exprs='" + tone + "':s=48000:d=4", "-map", "0:v", "-map", "1:a",
                "-map", "2:a", "-c:v", "prores_ks", "-profile:v", "3", "-pix_fmt", "yuv422p10le", "-c:a",
                "pcm_s24le", "-timecode", "01:00:00:00");
    }

    @BeforeAll
    static void media() throws Exception {
        mezzanine = DeliveryProfiles.load(Optional.empty()).get("prores-mezzanine");
        good = mezzanine("good", -23, "");
    }

    @Test
    void aFileThatMeetsTheProfilePasses() throws Exception {
        QcReport r = new Qc(TestMedia.FFMPEG).check(good, mezzanine, p -> { });
        assertThat(r.rules()).allSatisfy(o -> assertThat(o.outcome()).as(o.toString()).isEqualTo("pass"));
        assertThat(r.verdict()).isEqualTo("pass");
        assertThat(r.loudness().orElseThrow().integratedLufs().doubleValue()).isBetween(-23.1, -22.9);
        assertThat(r.loudness().orElseThrow().programme()).isEqualTo("stereo from audio tracks 1+2");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void aFileThatBreaksItFailsOnExactlyThoseRules() throws Exception {
        // 7 dB too loud (a warning in this profile) and clipped for half a second (two errors: peak and clipping)
        Path loud = mezzanine("loud", -16, "+if(between(t,2,2.5),2*sin(2*PI*1000*t),0)");
        QcReport r = new Qc(TestMedia.FFMPEG).check(loud, mezzanine, p -> { });
        assertThat(r.rules()).filteredOn(o -> !o.outcome().equals("pass")).extracting(QcReport.RuleOutcome::id)
                .containsExactlyInAnyOrder("integrated-loudness", "true-peak", "clipping");
        assertThat(r.verdict()).isEqualTo("fail");
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("clipping");
            assertThat(e.start()).isEqualTo("01:00:02:00");
            assertThat(e.detail()).isEqualTo("track 1, track 2");
        });
    }

    @Test
    void aWarningAloneDoesNotFail() throws Exception {
        QcReport r = new Qc(TestMedia.FFMPEG).check(mezzanine("quiet", -30, ""), mezzanine, p -> { });
        assertThat(r.rules()).filteredOn(o -> o.outcome().equals("fail")).extracting(QcReport.RuleOutcome::id)
                .containsExactly("integrated-loudness");
        assertThat(r.verdict()).isEqualTo("pass");
    }

    @Test
    void inputThatCannotBeCheckedIsRefused() throws Exception {
        Qc qc = new Qc(TestMedia.FFMPEG);
        Path text = Files.writeString(tmp.resolve("notes.mov"), "not a picture");
        assertThatThrownBy(() -> qc.check(text, mezzanine, p -> { })).isInstanceOf(QcException.class)
                .hasMessageContaining("is not a media file");
        Path empty = Files.createFile(tmp.resolve("empty.mov"));
        assertThatThrownBy(() -> qc.check(empty, mezzanine, p -> { })).hasMessageContaining("is empty");
        byte[] whole = Files.readAllBytes(good);
        Path cut = Files.write(tmp.resolve("cut.mov"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> qc.check(cut, mezzanine, p -> { })).hasMessageContaining("moov");
        Path silentFilm = TestMedia.ffmpeg(tmp.resolve("mute.mov"), "-f", "lavfi", "-i",
                "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "mpeg4");
        assertThatThrownBy(() -> qc.check(silentFilm, mezzanine, p -> { }))
                .hasMessageContaining("has no audio track, and profile prores-mezzanine measures its sound");
        Path mono = TestMedia.ffmpeg(tmp.resolve("mono.wav"), "-f", "lavfi", "-i",
                "sine=frequency=1000:sample_rate=48000:duration=1", "-c:a", "pcm_s24le");
        DeliveryProfile r128 = DeliveryProfiles.load(Optional.empty()).get("ebu-r128");
        assertThatThrownBy(() -> qc.check(mono, r128, p -> { }))
                .hasMessageContaining("measures a stereo programme (2 channels) from audio track [1], which hold 1"
                        + " channel");
        assertThatThrownBy(() -> qc.check(mono, mezzanine, p -> { }))
                .hasMessageContaining("takes its programme from audio track 2, but");
    }

    @Test
    void anMxfCutShortIsRefused() throws Exception {
        Path mxf = TestMedia.ffmpeg(tmp.resolve("whole.mxf"), "-f", "lavfi", "-i",
                "testsrc2=size=1920x1080:rate=25:duration=2", "-f", "lavfi", "-i",
                "sine=frequency=1000:sample_rate=48000:duration=2", "-c:v", "mpeg2video", "-b:v", "20M", "-c:a",
                "pcm_s24le");
        byte[] whole = Files.readAllBytes(mxf);
        Path cut = Files.write(tmp.resolve("cut.mxf"), Arrays.copyOf(whole, whole.length / 2));
        DeliveryProfile any = DeliveryProfiles.parse("""
                id: any
                programme: {layout: mono}
                rules: [{id: i, check: loudness.integrated, max: 0, source: test}]
                """, "test");
        assertThatThrownBy(() -> new Qc(TestMedia.FFMPEG).check(cut, any, p -> { }))
                .isInstanceOf(QcException.class).hasMessageContaining("a damaged file is not checked");
    }

    /** Fields woven from 50p frames: real interlaced pictures, flagged top field first either way. */
    @Test
    void fieldDominanceAgainstTheFlag() throws Exception {
        DeliveryProfile scan = DeliveryProfiles.parse("""
                id: scan
                rules: [{id: scan, check: signal.scan, equals: as flagged, source: test}]
                """, "test");
        for (String first : new String[] {"top", "bottom"}) {
            Path f = TestMedia.ffmpeg(tmp.resolve("woven-" + first + ".mxf"), "-f", "lavfi", "-i",
                    "testsrc2=size=720x288:rate=50:duration=2,weave=first_field=" + first + ",setfield=tff",
                    "-c:v", "mpeg2video", "-flags", "+ilme+ildct", "-top", "1", "-b:v", "10M");
            QcReport r = new Qc(TestMedia.FFMPEG).check(f, scan, p -> { });
            var o = r.rules().get(0);
            if (first.equals("top")) {
                assertThat(o.outcome()).as(o.actual()).isEqualTo("pass");
                assertThat(o.actual()).startsWith("top field first, flagged top field first");
            } else {
                assertThat(o.outcome()).isEqualTo("fail");
                assertThat(o.actual()).startsWith("bottom field first, flagged top field first (idet on sampled"
                        + " frames: TFF 0, BFF 25");
                assertThat(r.verdict()).isEqualTo("fail");
            }
        }
    }

    /** idet sees one second in every minute, so ffmpeg's own clock stops at 1 s of 30; the decode is still judged whole. */
    @Test
    void sampledInterlaceDoesNotLookLikeACutShortFile() throws Exception {
        Path f = TestMedia.ffmpeg(tmp.resolve("thirty.mov"), "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=25:duration=30", "-c:v", "mpeg4");
        DeliveryProfile p = DeliveryProfiles.parse("""
                id: both
                rules:
                  - {id: black, check: signal.black, source: test}
                  - {id: scan, check: signal.scan, equals: progressive, severity: info, source: test}
                """, "test");
        QcReport r = new Qc(TestMedia.FFMPEG).check(f, p, x -> { });
        assertThat(r.rules().get(0).outcome()).isEqualTo("pass");
    }

    /** Two bursts of clipping are two events; without a picture, times are seconds. */
    @Test
    void separateClipsAreSeparateEventsInSeconds() throws Exception {
        String tone = "if(between(t,1,1.2)+between(t,3,3.2),clip(3*sin(2*PI*1000*t),-1,1),0.1*sin(2*PI*1000*t))";
        Path f = TestMedia.ffmpeg(tmp.resolve("two-clips.wav"), "-f", "lavfi", "-i",
                "aevalsrc=exprs='" + tone + "|" + tone + "':s=48000:c=stereo:d=5", "-c:a", "pcm_s24le");
        DeliveryProfile p = DeliveryProfiles.parse("""
                id: clips
                rules: [{id: clipping, check: signal.clipping, source: test}]
                """, "test");
        QcReport r = new Qc(TestMedia.FFMPEG).check(f, p, x -> { });
        assertThat(r.timecodeRate()).isEmpty();
        assertThat(r.events()).extracting(QcReport.Event::start).containsExactly("00:00:01.000", "00:00:03.000");
        assertThat(r.events()).extracting(QcReport.Event::end).containsExactly("00:00:01.200", "00:00:03.200");
        assertThat(r.rules().get(0).actual()).startsWith("2 (");
    }
}

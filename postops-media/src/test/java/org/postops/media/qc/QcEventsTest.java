package org.postops.media.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.probe.TestMedia;
import org.postops.media.qc.QcReport.Event;
import org.postops.media.timecode.FrameRate;
import org.postops.media.timecode.Timecode;

/**
 * A 12 s 25 fps file starting at 10:00:00:00 with faults at known frames, found on the file's own timecode
 * within one frame.
 */
class QcEventsTest {

    @TempDir
    static Path tmp;
    static QcReport report;

    static final String PROFILE = """
            id: faults
            programme: {tracks: [1], layout: stereo}
            rules:
              - {id: black, check: signal.black, min-duration: 0.5, source: test}
              - {id: freeze, check: signal.freeze, min-duration: 1, source: test}
              - {id: silence, check: signal.silence, min-duration: 1, threshold: -60, source: test}
              - {id: clipping, check: signal.clipping, source: test}
              - {id: luma, check: signal.luma-range, min: 5, max: 246, source: test}
              - {id: chroma, check: signal.chroma-range, min: 5, max: 251, severity: warning, source: test}
              - {id: loudness, check: loudness.integrated, max: 5, source: test}
            """;

    @BeforeAll
    static void makeAndCheck() throws Exception {
        // picture: black 3.00-4.00 s (frames 75-99), frozen on frame 150 up to frame 212 (6.00-8.52 s),
        // luma at 254 over the whole frame 9.00-10.00 s (frames 225-249)
        String video = "testsrc2=size=640x360:rate=25:duration=12,format=yuv420p,"
                + "lutyuv=y=16:u=128:v=128:enable='between(n,75,99)',"
                + "split[a][b];[a][b]freezeframes=first=151:last=212:replace=150,"
                + "lutyuv=y=254:enable='between(n,225,249)'";
        // sound: a -20 dBFS tone, digital silence 5.00-7.00 s, clipped 10.00-10.50 s
        String tone = "if(between(t,5,7),0,if(between(t,10,10.5),clip(3*sin(2*PI*1000*t),-1,1),0.1*sin(2*PI*1000*t)))";
        Path f = TestMedia.ffmpeg(tmp.resolve("faults.mov"), "-f", "lavfi", "-i", video, "-f", "lavfi", "-i",
                "aevalsrc=exprs='" + tone + "|" + tone + "':s=48000:c=stereo:d=12", "-c:v", "mpeg4", "-q:v", "2",
                "-c:a", "pcm_s24le", "-timecode", "10:00:00:00");
        report = new Qc(TestMedia.FFMPEG).check(f, DeliveryProfiles.parse(PROFILE, "test"), p -> { });
    }

    private static List<Event> events(String type) {
        return report.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static long frame(String timecode) {
        return Timecode.parse(timecode, FrameRate.FPS_25).frameNumber() - 900_000;
    }

    private static void near(String timecode, long expectedFrame) {
        assertThat(frame(timecode)).as(timecode).isBetween(expectedFrame - 1, expectedFrame + 1);
    }

    @Test
    void blackFromFrame75To100() {
        assertThat(events("black")).singleElement().satisfies(e -> {
            near(e.start(), 75);
            near(e.end(), 100);
        });
    }

    @Test
    void freezeFromFrame150To213() {
        assertThat(events("freeze")).singleElement().satisfies(e -> {
            near(e.start(), 150);
            near(e.end(), 213);
        });
    }

    @Test
    void silenceFrom5To7Seconds() {
        assertThat(events("silence")).singleElement().satisfies(e -> {
            near(e.start(), 125);
            near(e.end(), 175);
        });
    }

    @Test
    void clippingFrom10To10AndAHalfSecondsOnBothChannels() {
        assertThat(events("clipping")).singleElement().satisfies(e -> {
            near(e.start(), 250);
            near(e.end(), 263);
            assertThat(e.detail()).isEqualTo("track 1 channel 1, track 1 channel 2");
        });
    }

    @Test
    void lumaOutOfRangeFrom9To10Seconds() {
        assertThat(events("luma-range")).singleElement().satisfies(e -> {
            near(e.start(), 225);
            near(e.end(), 250);
            assertThat(e.detail()).startsWith("Y 254");
        });
    }

    @Test
    void everyFaultRuleFailsWithItsEvents() {
        assertThat(report.rules()).filteredOn(r -> r.id().equals("loudness")).singleElement()
                .satisfies(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo("pass"));
        assertThat(report.verdict()).isEqualTo("fail");
        assertThat(report.timecodeRate()).contains("25");
        assertThat(report.rules()).filteredOn(r -> r.outcome().equals("fail")).extracting(QcReport.RuleOutcome::id)
                .containsExactlyInAnyOrder("black", "freeze", "silence", "clipping", "luma");
        assertThat(report.rules()).filteredOn(r -> r.id().equals("black")).singleElement()
                .satisfies(r -> assertThat(r.actual()).startsWith("1 (10:00:03:00–10:00:04:00"));
        assertThat(report.shortTerm()).isNotEmpty();
    }
}

package org.postops.media.timecode;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.avutil.AVTimecode;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.junit.jupiter.api.Test;

/**
 * Our labels against libavutil's own {@code av_timecode_make_string} and {@code av_timecode_init_from_string}
 * (FFmpeg 8.0.1, bundled), called in-process: every frame of a day in both drop-frame clocks, and a stride through
 * every other rate.
 */
class FfmpegTimecodeCrossCheckTest {

    @Test
    void everyDropFrameLabelOfADayMatchesFfmpeg() {
        for (FrameRate rate : new FrameRate[] {FrameRate.FPS_29_97, FrameRate.FPS_59_94}) {
            compare(rate, true, 1);
        }
    }

    @Test
    void nonDropLabelsMatchFfmpeg() {
        for (FrameRate rate : FrameRate.values()) {
            compare(rate, false, 97);
        }
    }

    @Test
    void ffmpegParsesOurLabelsToOurFrames() {
        String[][] cases = {{"29.97", "10:03:00;05", "1084319"}, {"29.97", "10:02:23:29", "1084319"},
            {"29.97", "00:10:00;00", "17982"}, {"59.94", "10:03:00;10", "2168638"}, {"59.94", "00:01:00;04", "3600"},
            {"25", "10:00:00:00", "900000"}, {"23.976", "01:00:00:00", "86400"}};
        for (String[] c : cases) {
            FrameRate rate = FrameRate.parse(c[0]);
            AVTimecode tc = new AVTimecode();
            int err = avutil.av_timecode_init_from_string(tc, rational(rate), c[1], null);
            assertThat(err).as("ffmpeg reads %s", c[1]).isZero();
            assertThat((long) tc.start()).as(c[1]).isEqualTo(Long.parseLong(c[2]));
            assertThat(Timecode.parse(c[1], rate).frameNumber()).isEqualTo(tc.start());
            tc.close();
        }
    }

    private static void compare(FrameRate rate, boolean df, int stride) {
        AVTimecode tc = new AVTimecode();
        int flags = avutil.AV_TIMECODE_FLAG_24HOURSMAX | (df ? avutil.AV_TIMECODE_FLAG_DROPFRAME : 0);
        assertThat(avutil.av_timecode_init(tc, rational(rate), flags, 0, null)).isZero();
        BytePointer buf = new BytePointer(avutil.AV_TIMECODE_STR_SIZE);
        long day = rate.framesPerDay(df);
        long checked = 0;
        for (long f = 0; f < day; f += stride) {
            String theirs = avutil.av_timecode_make_string(tc, buf, (int) f).getString();
            String ours = Timecode.ofFrames(f, rate, df).toString();
            if (!theirs.equals(ours)) {
                throw new AssertionError(rate + (df ? " DF" : " NDF") + " frame " + f + ": ffmpeg " + theirs
                        + ", PostOps " + ours);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(day / stride - 1);
        buf.close();
        tc.close();
    }

    private static AVRational rational(FrameRate rate) {
        return avutil.av_make_q((int) rate.fps().numerator(), (int) rate.fps().denominator());
    }
}

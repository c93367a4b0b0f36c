package org.postops.media.timecode;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bytedeco.ffmpeg.avutil.AVTimecode;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Timecode conversions per second, one thread: frame count → label and label → frame count, PostOps against
 * libavutil's av_timecode_make_string / av_timecode_init_from_string (FFmpeg 8.0.1 through JavaCPP) in the same
 * run. Run by bench/timecode-jmh.sh; not a test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TimecodeBenchmark {

    @Param({"29.97df", "25"})
    public String clock;

    private FrameRate rate;
    private boolean df;
    private long[] frames;
    private String[] labels;
    private int i;
    private AVTimecode avTimecode;
    private BytePointer buffer;
    private AVTimecode parsed;

    @Setup(Level.Trial)
    public void setUp() {
        df = clock.endsWith("df");
        rate = FrameRate.parse(df ? clock.substring(0, clock.length() - 2) : clock);
        SplittableRandom random = new SplittableRandom(12);
        frames = new long[4096];
        labels = new String[frames.length];
        for (int k = 0; k < frames.length; k++) {
            frames[k] = random.nextLong(rate.framesPerDay(df));
            labels[k] = Timecode.ofFrames(frames[k], rate, df).toString();
        }
        avTimecode = new AVTimecode();
        int flags = avutil.AV_TIMECODE_FLAG_24HOURSMAX | (df ? avutil.AV_TIMECODE_FLAG_DROPFRAME : 0);
        avutil.av_timecode_init(avTimecode, avutil.av_make_q((int) rate.fps().numerator(),
                (int) rate.fps().denominator()), flags, 0, null);
        buffer = new BytePointer(avutil.AV_TIMECODE_STR_SIZE);
        parsed = new AVTimecode();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        buffer.close();
        avTimecode.close();
        parsed.close();
    }

    @Benchmark
    public String postopsFormat() {
        return Timecode.ofFrames(frames[i++ & 4095], rate, df).toString();
    }

    @Benchmark
    public long postopsParse() {
        return Timecode.parse(labels[i++ & 4095], rate).frameNumber();
    }

    /** The C function alone: writes the label into a native buffer (no Java String). */
    @Benchmark
    public BytePointer ffmpegFormat() {
        return avutil.av_timecode_make_string(avTimecode, buffer, (int) frames[i++ & 4095]);
    }

    /** The C function and a Java String of its label, as a Java caller would use it. */
    @Benchmark
    public String ffmpegFormatToString() {
        return avutil.av_timecode_make_string(avTimecode, buffer, (int) frames[i++ & 4095]).getString();
    }

    @Benchmark
    public int ffmpegParse() {
        avutil.av_timecode_init_from_string(parsed, avTimecode.rate(), labels[i++ & 4095], null);
        return parsed.start();
    }
}

package org.postops.app.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.postops.media.timecode.FrameRate;
import org.postops.media.timecode.Rational;
import org.postops.media.timecode.Timecode;
import org.postops.media.timecode.TimecodeException;
import org.postops.media.timecode.TimecodeRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postops tc}: frame counts to SMPTE timecode and back. */
@Command(name = "tc", description = {"Convert between frame counts and SMPTE timecode.", "",
        "A number is a 0-based frame count and prints its timecode; a timecode",
        "prints its frame count; START-END prints the frames between them (END",
        "not included). Drop-frame is written with ';' before the frames and",
        "exists only at 29.97 and 59.94 fps."},
        footer = {"", "Examples:",
                "  postops tc 1084319 --rate 29.97 --df       10:03:00;05",
                "  postops tc 1084319 --rate 29.97            10:02:23:29",
                "  postops tc '10:03:00;05' --rate 29.97      1084319",
                "  postops tc 10:00:00:00 --rate 25 --json    frames, timecode, seconds",
                "  postops tc 10:00:00:00-10:00:30:00 --rate 25   750", "",
                "Rates: 23.976, 24, 25, 29.97, 30, 47.95, 48, 50, 59.94, 60 (or 30000/1001).", "",
                "Exit codes:", "  0  converted",
                "  2  wrong usage, or a timecode, frame count or rate that does not exist",
                "     (the message says why)"})
class TcCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FRAMES|TIMECODE|START-END", description = "What to convert.")
    String value;

    @Option(names = {"-r", "--rate"}, required = true, paramLabel = "RATE", description = "Frame rate, e.g. 25 or 29.97.")
    String rate;

    @Option(names = "--df", description = {"Drop-frame: label a frame count in drop-frame,",
            "or read a timecode written with ':' as drop-frame."})
    boolean dropFrame;

    @Option(names = "--json", description = "Print frames, timecode and seconds as JSON.")
    boolean json;

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String v = value.strip();
        try {
            FrameRate r = FrameRate.parse(rate);
            if (v.indexOf('-', 1) > 0) {
                TimecodeRange range = dropFrame ? dropFrameRange(v, r) : TimecodeRange.parse(v, r);
                out.println(json ? JsonText.of(range(range)) : Long.toString(range.frames()));
            } else if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
                Timecode tc = Timecode.ofFrames(frames(v), r, dropFrame);
                out.println(json ? JsonText.of(point(tc)) : tc.toString());
            } else {
                Timecode tc = dropFrame ? Timecode.parse(v, r, true) : Timecode.parse(v, r);
                out.println(json ? JsonText.of(point(tc)) : Long.toString(tc.frameNumber()));
            }
            out.flush();
            return PostOps.OK;
        } catch (TimecodeException e) {
            err.println("postops: " + e.getMessage());
            return PostOps.USAGE;
        }
    }

    private static long frames(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new TimecodeException(digits + " frames is more than a timecode day holds");
        }
    }

    private static TimecodeRange dropFrameRange(String v, FrameRate r) {
        int dash = v.indexOf('-', 1);
        return new TimecodeRange(Timecode.parse(v.substring(0, dash), r, true),
                Timecode.parse(v.substring(dash + 1), r, true));
    }

    private static Map<String, Object> point(Timecode tc) {
        Map<String, Object> m = clock(tc);
        m.put("timecode", tc.toString());
        m.put("frames", tc.frameNumber());
        seconds(m, tc.elapsed());
        return m;
    }

    private static Map<String, Object> range(TimecodeRange range) {
        Map<String, Object> m = clock(range.start());
        m.put("start", range.start().toString());
        m.put("end", range.end().toString());
        m.put("frames", range.frames());
        seconds(m, range.duration());
        return m;
    }

    private static Map<String, Object> clock(Timecode tc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rate", tc.rate().label());
        m.put("fps", tc.rate().fps().toString());
        m.put("dropFrame", tc.dropFrame());
        return m;
    }

    /** Seconds rounded to microseconds for people, and as the exact fraction for programs. */
    private static void seconds(Map<String, Object> m, Rational s) {
        m.put("seconds", s.toBigDecimal(6, RoundingMode.HALF_EVEN));
        m.put("secondsExact", s.toString());
    }
}

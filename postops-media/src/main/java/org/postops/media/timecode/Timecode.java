package org.postops.media.timecode;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * A point on the SMPTE ST 12-1 24-hour timecode clock: a 0-based frame number counted from 00:00:00:00 at a frame
 * rate, labelled in drop-frame or non-drop. The frame number is the truth; the label is derived from it.
 *
 * <p>Drop-frame (29.97 and 59.94 only) skips frame <em>numbers</em>, never frames: 00 and 01 at 29.97 (00–03 at
 * 59.94) at the start of every minute except minutes 00, 10, 20, 30, 40 and 50. It is written with {@code ;} before
 * the frames. Arithmetic wraps at 24 hours, as the clock does.
 *
 * @param frameNumber frames since 00:00:00:00, 0 ≤ frameNumber &lt; {@link FrameRate#framesPerDay(boolean)}
 * @param rate the frame rate
 * @param dropFrame whether the label is drop-frame
 */
public record Timecode(long frameNumber, FrameRate rate, boolean dropFrame) implements Comparable<Timecode> {

    public Timecode {
        Objects.requireNonNull(rate, "rate");
        if (dropFrame && !rate.dropFrameAllowed()) {
            throw dropFrameMeaningless(rate);
        }
        if (frameNumber < 0) {
            throw new TimecodeException("frame " + frameNumber + " is negative; timecode counts from 00:00:00:00");
        }
        long day = rate.framesPerDay(dropFrame);
        if (frameNumber >= day) {
            throw new TimecodeException("frame " + frameNumber + " is 24 hours or more at " + rate + " fps"
                    + (dropFrame ? " drop-frame" : "") + "; the timecode clock holds frames 0–" + (day - 1));
        }
    }

    /** The timecode of a 0-based frame count. */
    public static Timecode ofFrames(long frameNumber, FrameRate rate, boolean dropFrame) {
        return new Timecode(frameNumber, rate, dropFrame);
    }

    /** 00:00:00:00 at a rate. */
    public static Timecode zero(FrameRate rate, boolean dropFrame) {
        return new Timecode(0, rate, dropFrame);
    }

    /** The timecode with this label; an impossible label (e.g. 00:01:00;00 at 29.97 drop-frame) is refused. */
    public static Timecode of(int hours, int minutes, int seconds, int frames, FrameRate rate, boolean dropFrame) {
        Objects.requireNonNull(rate, "rate");
        if (dropFrame && !rate.dropFrameAllowed()) {
            throw dropFrameMeaningless(rate);
        }
        String label = format(hours, minutes, seconds, frames, dropFrame);
        if (hours < 0 || minutes < 0 || seconds < 0 || frames < 0) {
            throw new TimecodeException(label + " has a negative field; timecode counts from 00:00:00:00");
        }
        if (hours > 23) {
            throw new TimecodeException(label + ": hours run 00–23 (timecode is a 24-hour clock)");
        }
        if (minutes > 59) {
            throw new TimecodeException(label + ": minutes run 00–59");
        }
        if (seconds > 59) {
            throw new TimecodeException(label + ": seconds run 00–59");
        }
        int n = rate.nominal();
        if (frames >= n) {
            throw new TimecodeException(label + ": frame " + frames + " does not exist at " + rate
                    + " fps, whose frames run 00–" + (n - 1));
        }
        int drop = dropFrame ? rate.droppedPerMinute() : 0;
        if (drop > 0 && seconds == 0 && frames < drop && minutes % 10 != 0) {
            throw new TimecodeException(label + " does not exist in " + rate + " drop-frame: frame numbers 00–"
                    + String.format("%02d", drop - 1) + " are skipped at the start of every minute except minutes "
                    + "00, 10, 20, 30, 40 and 50; the next timecode is "
                    + format(hours, minutes, seconds, drop, true));
        }
        long totalMinutes = 60L * hours + minutes;
        long count = (3600L * hours + 60L * minutes + seconds) * n + frames
                - (long) drop * (totalMinutes - totalMinutes / 10);
        return new Timecode(count, rate, dropFrame);
    }

    /**
     * Reads {@code HH:MM:SS:FF} (non-drop) or {@code HH:MM:SS;FF} (drop-frame; {@code HH;MM;SS;FF} too) at a rate.
     */
    public static Timecode parse(String text, FrameRate rate) {
        return parse(text, rate, null);
    }

    /**
     * Reads a timecode in the counting mode asked for. Drop-frame accepts colons as well (EDLs declare drop-frame
     * in a header and keep {@code :}); non-drop refuses a {@code ;}.
     */
    public static Timecode parse(String text, FrameRate rate, boolean dropFrame) {
        return parse(text, rate, Boolean.valueOf(dropFrame));
    }

    private static Timecode parse(String text, FrameRate rate, Boolean asked) {
        Objects.requireNonNull(rate, "rate");
        String s = text == null ? "" : text.strip();
        if (s.startsWith("-")) {
            throw new TimecodeException("'" + s + "' is negative; timecode is a 24-hour clock from 00:00:00:00");
        }
        int[] fields = new int[4];
        char[] separators = new char[3];
        int field = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 2) {
                    throw malformed(s);
                }
                fields[field] = fields[field] * 10 + (c - '0');
            } else if ((c == ':' || c == ';') && field < 3 && digits > 0) {
                separators[field++] = c;
                digits = 0;
            } else {
                throw malformed(s);
            }
        }
        if (field != 3 || digits == 0) {
            throw malformed(s);
        }
        boolean allSemicolons = separators[0] == ';' && separators[1] == ';' && separators[2] == ';';
        if (!allSemicolons && (separators[0] == ';' || separators[1] == ';')) {
            throw new TimecodeException("'" + s + "': only the separator before the frames marks drop-frame; write "
                    + "HH:MM:SS;FF");
        }
        boolean written = separators[2] == ';';
        boolean dropFrame;
        if (asked == null) {
            dropFrame = written;
        } else if (written && !asked) {
            throw new TimecodeException("'" + s + "' is drop-frame (';') but non-drop was asked for");
        } else {
            dropFrame = asked;
        }
        if (dropFrame && !rate.dropFrameAllowed()) {
            throw dropFrameMeaningless(rate);
        }
        return of(fields[0], fields[1], fields[2], fields[3], rate, dropFrame);
    }

    /** The frame showing at this many seconds from 00:00:00:00, rounding a time between frames as asked. */
    public static Timecode atSeconds(Rational seconds, FrameRate rate, boolean dropFrame, RoundingMode rounding) {
        if (seconds.signum() < 0) {
            throw new TimecodeException(seconds.toBigDecimal(3, RoundingMode.HALF_EVEN) + " s is negative; timecode"
                    + " counts from 00:00:00:00");
        }
        return new Timecode(seconds.times(rate.fps()).round(rounding), rate, dropFrame);
    }

    /** Real time from 00:00:00:00 to the start of this frame, exactly (frames × 1001/30000 s at 29.97). */
    public Rational elapsed() {
        return rate.frameDuration().times(frameNumber);
    }

    public int hours() {
        return (int) (labelCount() / (rate.nominal() * 3600L));
    }

    public int minutes() {
        return (int) (labelCount() / (rate.nominal() * 60L) % 60);
    }

    public int seconds() {
        return (int) (labelCount() / rate.nominal() % 60);
    }

    /** The frames field of the label (00–nominal−1). */
    public int frames() {
        return (int) (labelCount() % rate.nominal());
    }

    /** Frames later on the 24-hour clock (earlier when negative), wrapping at midnight. */
    public Timecode plus(long frames) {
        long day = rate.framesPerDay(dropFrame);
        return new Timecode(Math.floorMod(frameNumber + frames % day, day), rate, dropFrame);
    }

    public Timecode minus(long frames) {
        return plus(-(frames % rate.framesPerDay(dropFrame)));
    }

    /** Frames from this timecode to another at the same rate and mode: negative when the other is earlier. */
    public long framesUntil(Timecode other) {
        requireSameClock(other);
        return other.frameNumber - frameNumber;
    }

    /** The same frame number, labelled in the other counting mode (the picture does not move). */
    public Timecode withDropFrame(boolean df) {
        return new Timecode(frameNumber, rate, df);
    }

    /** {@code HH:MM:SS:FF}, or {@code HH:MM:SS;FF} in drop-frame. */
    @Override
    public String toString() {
        long c = labelCount();
        int n = rate.nominal();
        return format((int) (c / (n * 3600L)), (int) (c / (n * 60L) % 60), (int) (c / n % 60), (int) (c % n),
                dropFrame);
    }

    @Override
    public int compareTo(Timecode o) {
        requireSameClock(o);
        return Long.compare(frameNumber, o.frameNumber);
    }

    void requireSameClock(Timecode other) {
        if (other.rate != rate || other.dropFrame != dropFrame) {
            throw new TimecodeException("timecodes at " + describe() + " and " + other.describe()
                    + " are on different clocks");
        }
    }

    String describe() {
        return rate + " fps" + (dropFrame ? " drop-frame" : rate.dropFrameAllowed() ? " non-drop" : "");
    }

    /** The frame number as the label counts it: with the skipped numbers of drop-frame added back. */
    private long labelCount() {
        if (!dropFrame) {
            return frameNumber;
        }
        int drop = rate.droppedPerMinute();
        long perMinute = rate.nominal() * 60L - drop;
        long perTenMinutes = rate.nominal() * 600L - 9L * drop;
        long tens = frameNumber / perTenMinutes;
        long rest = frameNumber % perTenMinutes;
        return frameNumber + 9L * drop * tens + (rest < drop ? 0 : drop * ((rest - drop) / perMinute));
    }

    private static String format(int h, int m, int s, int f, boolean dropFrame) {
        StringBuilder b = new StringBuilder(11);
        two(b, h).append(':');
        two(b, m).append(':');
        two(b, s).append(dropFrame ? ';' : ':');
        return two(b, f).toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        if (v >= 0 && v < 10) {
            b.append('0');
        }
        return b.append(v);
    }

    private static TimecodeException malformed(String s) {
        return new TimecodeException("'" + s + "' is not a timecode; write HH:MM:SS:FF, or HH:MM:SS;FF for "
                + "drop-frame");
    }

    static TimecodeException dropFrameMeaningless(FrameRate rate) {
        return new TimecodeException("drop-frame at " + rate + " fps is meaningless: only 29.97 and 59.94 fps "
                + "drop frame numbers to keep up with the clock; use non-drop (':')");
    }
}

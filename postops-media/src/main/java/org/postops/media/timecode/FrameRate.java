package org.postops.media.timecode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The frame rates SMPTE ST 12-1 timecode is written at. A timecode second counts {@link #nominal()} frames; at the
 * 1000/1001 rates that second lasts 1.001 s of real time, which is why 29.97 and 59.94 may count in drop-frame.
 */
public enum FrameRate {
    FPS_23_976(24000, 1001, "23.976"),
    FPS_24(24, 1, "24"),
    FPS_25(25, 1, "25"),
    FPS_29_97(30000, 1001, "29.97"),
    FPS_30(30, 1, "30"),
    FPS_47_95(48000, 1001, "47.95"),
    FPS_48(48, 1, "48"),
    FPS_50(50, 1, "50"),
    FPS_59_94(60000, 1001, "59.94"),
    FPS_60(60, 1, "60");

    private final Rational fps;
    private final String label;
    private final int nominal;

    FrameRate(long numerator, long denominator, String label) {
        this.fps = Rational.of(numerator, denominator);
        this.label = label;
        this.nominal = (int) ((numerator + denominator - 1) / denominator);
    }

    /** Frames per second exactly, e.g. 30000/1001. */
    public Rational fps() {
        return fps;
    }

    /** The length of one frame in seconds, e.g. 1001/30000. */
    public Rational frameDuration() {
        return Rational.of(fps.denominator(), fps.numerator());
    }

    /** Frames counted per timecode second: 30 at 29.97, 24 at 23.976. */
    public int nominal() {
        return nominal;
    }

    /** True at 29.97 and 59.94 — the only rates whose count can drop frame numbers to keep up with the clock. */
    public boolean dropFrameAllowed() {
        return fps.denominator() == 1001 && nominal % 30 == 0;
    }

    /** Frame numbers skipped at the start of each minute not divisible by ten: 2 at 29.97, 4 at 59.94, else 0. */
    public int droppedPerMinute() {
        return dropFrameAllowed() ? nominal / 15 : 0;
    }

    /** How many frames the 24-hour clock holds: 86,400 × nominal, less the dropped numbers in drop-frame. */
    public long framesPerDay(boolean dropFrame) {
        long all = 86_400L * nominal;
        return dropFrame ? all - 24L * 54 * droppedPerMinute() : all;
    }

    /** The usual name: {@code 23.976}, {@code 25}, {@code 29.97}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The rate that is exactly this many frames per second, if timecode is written at it. */
    public static Optional<FrameRate> of(Rational fps) {
        return Arrays.stream(values()).filter(r -> r.fps.equals(fps)).findFirst();
    }

    /**
     * Reads a rate as people write it: {@code 29.97}, {@code 30000/1001}, {@code 23.98}, {@code 23.976}, {@code 25}.
     * A decimal names the rate within 0.01 fps of it.
     */
    public static FrameRate parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            if (s.contains("/")) {
                Rational exact = Rational.parse(s);
                return of(exact).orElseThrow(() -> unknown(text));
            }
            BigDecimal value = new BigDecimal(s);
            for (FrameRate r : values()) {
                if (value.subtract(r.fps.toBigDecimal(6, java.math.RoundingMode.HALF_EVEN)).abs()
                        .compareTo(new BigDecimal("0.01")) < 0) {
                    return r;
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw unknown(text);
        }
        throw unknown(text);
    }

    /** The rates by name, for messages: {@code 23.976, 24, 25, …}. */
    public static String names() {
        return Arrays.stream(values()).map(FrameRate::label).collect(Collectors.joining(", "));
    }

    private static TimecodeException unknown(String text) {
        return new TimecodeException("'" + text + "' is not a timecode frame rate; use one of " + names()
                + " (or a fraction such as 30000/1001)");
    }
}

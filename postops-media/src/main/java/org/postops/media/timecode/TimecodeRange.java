package org.postops.media.timecode;

import java.util.Objects;
import java.util.Optional;

/**
 * Frames from {@code start} up to but not including {@code end}, as an edit decision list's in and out points are
 * read. Both ends are on the same clock (rate and counting mode) and a range does not run past midnight.
 */
public record TimecodeRange(Timecode start, Timecode end) {

    public TimecodeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        start.requireSameClock(end);
        if (end.frameNumber() < start.frameNumber()) {
            throw new TimecodeException("range " + start + "-" + end + " ends before it starts");
        }
    }

    /** The range of {@code frames} frames from {@code start}. */
    public static TimecodeRange of(Timecode start, long frames) {
        if (frames < 0) {
            throw new TimecodeException("a range cannot last " + frames + " frames");
        }
        long endFrame = start.frameNumber() + frames;
        if (endFrame >= start.rate().framesPerDay(start.dropFrame())) {
            throw new TimecodeException("a range of " + frames + " frames from " + start + " runs past midnight");
        }
        return new TimecodeRange(start, Timecode.ofFrames(endFrame, start.rate(), start.dropFrame()));
    }

    /** Reads {@code START-END}, e.g. {@code 10:00:00:00-10:00:30:00}. */
    public static TimecodeRange parse(String text, FrameRate rate) {
        String s = text == null ? "" : text.strip();
        int dash = s.indexOf('-', 1);
        if (dash < 0) {
            throw new TimecodeException("'" + s + "' is not a range; write START-END, e.g. 10:00:00:00-10:00:30:00");
        }
        Timecode from = Timecode.parse(s.substring(0, dash), rate);
        return new TimecodeRange(from, Timecode.parse(s.substring(dash + 1), rate, from.dropFrame()));
    }

    /** How many frames the range holds. */
    public long frames() {
        return end.frameNumber() - start.frameNumber();
    }

    /** Its length in real seconds, exactly. */
    public Rational duration() {
        return start.rate().frameDuration().times(frames());
    }

    public boolean isEmpty() {
        return frames() == 0;
    }

    public boolean contains(Timecode t) {
        start.requireSameClock(t);
        return t.frameNumber() >= start.frameNumber() && t.frameNumber() < end.frameNumber();
    }

    /** True when the two share at least one frame. */
    public boolean overlaps(TimecodeRange other) {
        return intersection(other).filter(r -> !r.isEmpty()).isPresent();
    }

    /** The frames both ranges hold, if they meet. */
    public Optional<TimecodeRange> intersection(TimecodeRange other) {
        start.requireSameClock(other.start);
        long from = Math.max(start.frameNumber(), other.start.frameNumber());
        long to = Math.min(end.frameNumber(), other.end.frameNumber());
        if (to < from) {
            return Optional.empty();
        }
        return Optional.of(new TimecodeRange(start.plus(from - start.frameNumber()), start.plus(to - start.frameNumber())));
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}

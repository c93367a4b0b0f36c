package org.postops.media.timecode;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Round trips and the drop-frame rule over every rate and counting mode. */
class TimecodePropertiesTest {

    /** A rate with a counting mode it allows, and a frame of its day. */
    record Clock(FrameRate rate, boolean dropFrame) {
        long day() {
            return rate.framesPerDay(dropFrame);
        }
    }

    @Provide
    Arbitrary<Clock> clocks() {
        return Combinators.combine(Arbitraries.of(FrameRate.class), Arbitraries.of(true, false))
                .filter((r, df) -> !df || r.dropFrameAllowed()).as(Clock::new);
    }

    @Provide
    Arbitrary<Timecode> timecodes() {
        return clocks().flatMap(c -> Arbitraries.longs().between(0, c.day() - 1)
                .map(f -> Timecode.ofFrames(f, c.rate(), c.dropFrame())));
    }

    @Property(tries = 5000)
    void framesToTimecodeToFrames(@ForAll("timecodes") Timecode tc) {
        Timecode back = Timecode.parse(tc.toString(), tc.rate());
        assertThat(back).isEqualTo(tc);
        assertThat(Timecode.of(tc.hours(), tc.minutes(), tc.seconds(), tc.frames(), tc.rate(), tc.dropFrame()))
                .isEqualTo(tc);
    }

    @Property(tries = 5000)
    void dropFrameNeverShowsADroppedLabel(@ForAll("timecodes") Timecode tc) {
        if (tc.dropFrame() && tc.seconds() == 0 && tc.minutes() % 10 != 0) {
            assertThat(tc.frames()).isGreaterThanOrEqualTo(tc.rate().droppedPerMinute());
        }
        assertThat(tc.toString()).contains(tc.dropFrame() ? ";" : ":");
        assertThat(tc.frames()).isLessThan(tc.rate().nominal());
    }

    @Property(tries = 5000)
    void addingThenSubtractingIsIdentity(@ForAll("timecodes") Timecode tc,
            @ForAll long frames) {
        assertThat(tc.plus(frames).minus(frames)).isEqualTo(tc);
        assertThat(tc.minus(frames).plus(frames)).isEqualTo(tc);
    }

    @Property(tries = 2000)
    void addingMovesThatManyFramesOnTheClock(@ForAll("timecodes") Timecode tc) {
        long day = tc.rate().framesPerDay(tc.dropFrame());
        long room = day - 1 - tc.frameNumber();
        long step = room / 2;
        assertThat(tc.framesUntil(tc.plus(step))).isEqualTo(step);
    }

    @Property(tries = 2000)
    void secondsRoundTripExactly(@ForAll("timecodes") Timecode tc) {
        assertThat(Timecode.atSeconds(tc.elapsed(), tc.rate(), tc.dropFrame(), java.math.RoundingMode.UNNECESSARY))
                .isEqualTo(tc);
    }

    /**
     * Every frame of a day at every rate and mode: the label parses back to its frame, labels only grow, and from one
     * frame to the next the label advances by exactly one count — or, in drop-frame, skips exactly the dropped numbers
     * at a minute that is not a tenth.
     */
    @Test
    void everyFrameOfADay() {
        for (FrameRate rate : FrameRate.values()) {
            for (boolean df : rate.dropFrameAllowed() ? new boolean[] {false, true} : new boolean[] {false}) {
                long day = rate.framesPerDay(df);
                int n = rate.nominal();
                long previousCount = -1;
                for (long f = 0; f < day; f++) {
                    Timecode tc = Timecode.ofFrames(f, rate, df);
                    String label = tc.toString();
                    Timecode back = Timecode.parse(label, rate);
                    if (back.frameNumber() != f) {
                        throw new AssertionError(rate + (df ? " DF " : " NDF ") + f + " → " + label + " → "
                                + back.frameNumber());
                    }
                    long count = ((tc.hours() * 60L + tc.minutes()) * 60 + tc.seconds()) * n + tc.frames();
                    long step = count - previousCount;
                    boolean skip = df && tc.seconds() == 0 && tc.frames() == rate.droppedPerMinute()
                            && tc.minutes() % 10 != 0;
                    long expected = skip ? 1 + rate.droppedPerMinute() : 1;
                    if (step != expected) {
                        throw new AssertionError(rate + (df ? " DF " : " NDF ") + "frame " + f + " (" + label
                                + ") advanced the label by " + step + ", expected " + expected);
                    }
                    previousCount = count;
                }
                assertThat(previousCount).as("last label of the day at %s", rate).isEqualTo(86_400L * n - 1);
            }
        }
    }
}

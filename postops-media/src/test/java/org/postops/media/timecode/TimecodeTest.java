package org.postops.media.timecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimecodeTest {

    /** The published 29.97 drop-frame table of issue 6 (0-based frame counts at 30000/1001 fps). */
    @ParameterizedTest
    @CsvSource({
        "0,       00:00:00;00",
        "1799,    00:00:59;29",
        "1800,    00:01:00;02",
        "1801,    00:01:00;03",
        "3597,    00:01:59;29",
        "3598,    00:02:00;02",
        "17981,   00:09:59;29",
        "17982,   00:10:00;00",
        "17983,   00:10:00;01",
        "19781,   00:10:59;29",
        "19782,   00:11:00;02",
        "107892,  01:00:00;00",
        "1084319, 10:03:00;05",
        "2589407, 23:59:59;29",
    })
    void dropFrame2997(long frames, String label) {
        Timecode tc = Timecode.ofFrames(frames, FrameRate.FPS_29_97, true);
        assertThat(tc).hasToString(label);
        assertThat(Timecode.parse(label, FrameRate.FPS_29_97).frameNumber()).isEqualTo(frames);
    }

    @Test
    void nonDrop2997OfTheSameFrame() {
        assertThat(Timecode.ofFrames(1084319, FrameRate.FPS_29_97, false)).hasToString("10:02:23:29");
        assertThat(Timecode.parse("10:02:23:29", FrameRate.FPS_29_97).frameNumber()).isEqualTo(1084319);
        assertThat(Timecode.parse("10:03:00;05", FrameRate.FPS_29_97).withDropFrame(false))
                .hasToString("10:02:23:29");
    }

    /**
     * 59.94 drop-frame from the same rule with four numbers (00–03) skipped each minute except every tenth:
     * 10 minutes hold 36,000 − 9 × 4 = 35,964 frames; twice a 29.97 count lands on twice its frames field.
     */
    @ParameterizedTest
    @CsvSource({
        "3599,    00:00:59;59",
        "3600,    00:01:00;04",
        "3601,    00:01:00;05",
        "7195,    00:01:59;59",
        "7196,    00:02:00;04",
        "35963,   00:09:59;59",
        "35964,   00:10:00;00",
        "35967,   00:10:00;03",
        "39564,   00:11:00;04",
        "215784,  01:00:00;00",
        "2157840, 10:00:00;00",
        "2168638, 10:03:00;10",
        "2168639, 10:03:00;11",
        "5178815, 23:59:59;59",
    })
    void dropFrame5994(long frames, String label) {
        Timecode tc = Timecode.ofFrames(frames, FrameRate.FPS_59_94, true);
        assertThat(tc).hasToString(label);
        assertThat(Timecode.parse(label, FrameRate.FPS_59_94).frameNumber()).isEqualTo(frames);
    }

    @ParameterizedTest
    @CsvSource({
        "23.976, 86400,   01:00:00:00",
        "24,     863999,  09:59:59:23",
        "25,     900000,  10:00:00:00",
        "25,     900024,  10:00:00:24",
        "30,     1080000, 10:00:00:00",
        "47.95,  172800,  01:00:00:00",
        "48,     4147199, 23:59:59:47",
        "50,     1800049, 10:00:00:49",
        "59.94,  216000,  01:00:00:00",
        "60,     5183999, 23:59:59:59",
    })
    void nonDropAtEveryRate(String rate, long frames, String label) {
        FrameRate r = FrameRate.parse(rate);
        assertThat(Timecode.ofFrames(frames, r, false)).hasToString(label);
        assertThat(Timecode.parse(label, r).frameNumber()).isEqualTo(frames);
    }

    @Test
    void secondsAreExactFractions() {
        // An hour of 29.97 non-drop labels lasts 3603.6 s; drop-frame's hour is 3.6 ms short of the clock's.
        assertThat(Timecode.parse("01:00:00:00", FrameRate.FPS_29_97).elapsed()).isEqualTo(Rational.of(18018, 5));
        assertThat(Timecode.parse("01:00:00;00", FrameRate.FPS_29_97).elapsed())
                .isEqualTo(Rational.of(107892L * 1001, 30000));
        assertThat(Timecode.parse("01:00:00;00", FrameRate.FPS_29_97).elapsed()
                .toBigDecimal(4, RoundingMode.HALF_EVEN)).hasToString("3599.9964");
        assertThat(Timecode.parse("00:00:01:00", FrameRate.FPS_23_976).elapsed()).isEqualTo(Rational.of(1001, 1000));
        assertThat(Timecode.parse("10:00:00:00", FrameRate.FPS_25).elapsed()).isEqualTo(Rational.of(36000));
        assertThat(FrameRate.FPS_29_97.frameDuration()).isEqualTo(Rational.of(1001, 30000));
    }

    @Test
    void secondsToTimecodeRoundsAsAsked() {
        Rational oneFrameAndAHalf = Rational.of(3 * 1001, 2 * 30000);
        assertThat(Timecode.atSeconds(oneFrameAndAHalf, FrameRate.FPS_29_97, true, RoundingMode.FLOOR).frameNumber())
                .isEqualTo(1);
        assertThat(Timecode.atSeconds(oneFrameAndAHalf, FrameRate.FPS_29_97, true, RoundingMode.CEILING)
                .frameNumber()).isEqualTo(2);
        // ffmpeg prints times to six decimals: 0.033367 s is frame 1 at 29.97 when rounded to nearest.
        assertThat(Timecode.atSeconds(Rational.parse("0.033367"), FrameRate.FPS_29_97, false, RoundingMode.HALF_UP)
                .frameNumber()).isEqualTo(1);
        assertThat(Timecode.atSeconds(Rational.of(36000), FrameRate.FPS_25, false, RoundingMode.FLOOR))
                .hasToString("10:00:00:00");
    }

    @Test
    void arithmeticWrapsAtMidnight() {
        Timecode last = Timecode.parse("23:59:59;29", FrameRate.FPS_29_97);
        assertThat(last.plus(1)).hasToString("00:00:00;00");
        assertThat(Timecode.zero(FrameRate.FPS_25, false).minus(1)).hasToString("23:59:59:24");
        assertThat(Timecode.parse("00:00:59;29", FrameRate.FPS_29_97).plus(1)).hasToString("00:01:00;02");
        assertThat(Timecode.parse("00:01:00;02", FrameRate.FPS_29_97).minus(1)).hasToString("00:00:59;29");
        assertThat(Timecode.parse("10:00:00:00", FrameRate.FPS_25).plus(25 * 90)).hasToString("10:01:30:00");
        Timecode a = Timecode.parse("10:00:00:00", FrameRate.FPS_25);
        assertThat(a.framesUntil(Timecode.parse("09:59:59:00", FrameRate.FPS_25))).isEqualTo(-25);
    }

    @Test
    void labelAccessors() {
        Timecode tc = Timecode.parse("10:03:00;05", FrameRate.FPS_29_97);
        assertThat(new int[] {tc.hours(), tc.minutes(), tc.seconds(), tc.frames()}).containsExactly(10, 3, 0, 5);
    }

    @Test
    void premiereStyleSemicolonsAndEdlStyleColonsInDropFrame() {
        assertThat(Timecode.parse("00;10;00;00", FrameRate.FPS_29_97).frameNumber()).isEqualTo(17982);
        assertThat(Timecode.parse("00:10:00:00", FrameRate.FPS_29_97, true)).hasToString("00:10:00;00");
        assertThat(Timecode.parse(" 1:00:00:00 ", FrameRate.FPS_25).frameNumber()).isEqualTo(90000);
    }

    @Test
    void droppedLabelsDoNotExist() {
        assertThatThrownBy(() -> Timecode.parse("00:01:00;00", FrameRate.FPS_29_97))
                .isInstanceOf(TimecodeException.class)
                .hasMessage("00:01:00;00 does not exist in 29.97 drop-frame: frame numbers 00–01 are skipped at the"
                        + " start of every minute except minutes 00, 10, 20, 30, 40 and 50; the next timecode is"
                        + " 00:01:00;02");
        assertThatThrownBy(() -> Timecode.parse("00:01:00;01", FrameRate.FPS_29_97))
                .hasMessageContaining("does not exist in 29.97 drop-frame");
        assertThatThrownBy(() -> Timecode.parse("10:09:00;03", FrameRate.FPS_59_94))
                .hasMessageContaining("does not exist in 59.94 drop-frame").hasMessageContaining("00–03");
        assertThatThrownBy(() -> Timecode.parse("00:01:00:00", FrameRate.FPS_29_97, true))
                .hasMessageContaining("does not exist");
        assertThat(Timecode.parse("00:10:00;00", FrameRate.FPS_29_97).frameNumber()).isEqualTo(17982);
        assertThat(Timecode.parse("00:01:00;04", FrameRate.FPS_59_94).frameNumber()).isEqualTo(3600);
    }

    @Test
    void dropFrameOnlyWhereItMeansSomething() {
        for (FrameRate r : FrameRate.values()) {
            if (r != FrameRate.FPS_29_97 && r != FrameRate.FPS_59_94) {
                assertThatThrownBy(() -> Timecode.parse("00:00:00;00", r))
                        .hasMessage("drop-frame at " + r + " fps is meaningless: only 29.97 and 59.94 fps drop frame"
                                + " numbers to keep up with the clock; use non-drop (':')");
                assertThatThrownBy(() -> Timecode.ofFrames(0, r, true)).hasMessageContaining("meaningless");
            }
        }
    }

    @Test
    void impossibleFieldsSayWhy() {
        assertThatThrownBy(() -> Timecode.parse("00:00:00:25", FrameRate.FPS_25))
                .hasMessage("00:00:00:25: frame 25 does not exist at 25 fps, whose frames run 00–24");
        assertThatThrownBy(() -> Timecode.parse("00:00:00:30", FrameRate.FPS_29_97))
                .hasMessageContaining("frames run 00–29");
        assertThatThrownBy(() -> Timecode.parse("00:00:00:24", FrameRate.FPS_23_976))
                .hasMessageContaining("frames run 00–23");
        assertThatThrownBy(() -> Timecode.parse("24:00:00:00", FrameRate.FPS_25)).hasMessageContaining("24-hour");
        assertThatThrownBy(() -> Timecode.parse("00:60:00:00", FrameRate.FPS_25)).hasMessageContaining("minutes");
        assertThatThrownBy(() -> Timecode.parse("00:00:60:00", FrameRate.FPS_25)).hasMessageContaining("seconds");
        assertThatThrownBy(() -> Timecode.parse("-00:00:01:00", FrameRate.FPS_25)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Timecode.ofFrames(-1, FrameRate.FPS_25, false)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Timecode.ofFrames(2_160_000, FrameRate.FPS_25, false))
                .hasMessageContaining("24 hours or more");
        assertThatThrownBy(() -> Timecode.ofFrames(2_589_408, FrameRate.FPS_29_97, true))
                .hasMessageContaining("0–2589407");
        for (String bad : new String[] {"", "10:00:00", "10:00:00:00:00", "1O:00:00:00", "100:00:00:00",
            "10:00:00:000", "10-00-00-00", "10:00:00.00", "10::00:00"}) {
            assertThatThrownBy(() -> Timecode.parse(bad, FrameRate.FPS_25)).as(bad)
                    .isInstanceOf(TimecodeException.class).hasMessageContaining("is not a timecode");
        }
        assertThatThrownBy(() -> Timecode.parse("10;00:00;00", FrameRate.FPS_29_97))
                .hasMessageContaining("only the separator before the frames");
        assertThatThrownBy(() -> Timecode.parse("10:00:00;02", FrameRate.FPS_29_97, false))
                .hasMessageContaining("non-drop was asked for");
    }

    @Test
    void differentClocksDoNotMix() {
        Timecode df = Timecode.parse("00:10:00;00", FrameRate.FPS_29_97);
        Timecode ndf = Timecode.parse("00:10:00:00", FrameRate.FPS_29_97);
        assertThatThrownBy(() -> df.framesUntil(ndf)).hasMessageContaining("different clocks");
        assertThatThrownBy(() -> df.compareTo(Timecode.zero(FrameRate.FPS_30, false)))
                .hasMessageContaining("different clocks");
    }

    @Test
    void frameRatesAsPeopleWriteThem() {
        assertThat(FrameRate.parse("29.97")).isEqualTo(FrameRate.FPS_29_97);
        assertThat(FrameRate.parse("30000/1001")).isEqualTo(FrameRate.FPS_29_97);
        assertThat(FrameRate.parse("23.98")).isEqualTo(FrameRate.FPS_23_976);
        assertThat(FrameRate.parse("23.976")).isEqualTo(FrameRate.FPS_23_976);
        assertThat(FrameRate.parse("47.952")).isEqualTo(FrameRate.FPS_47_95);
        assertThat(FrameRate.parse("25/1")).isEqualTo(FrameRate.FPS_25);
        assertThat(FrameRate.parse("60000/1001")).isEqualTo(FrameRate.FPS_59_94);
        assertThat(FrameRate.parse("50.00")).isEqualTo(FrameRate.FPS_50);
        assertThat(FrameRate.of(Rational.of(48000, 1001))).contains(FrameRate.FPS_47_95);
        for (String bad : new String[] {"29", "15", "120", "abc", "", "30000/1002", "29.97df"}) {
            assertThatThrownBy(() -> FrameRate.parse(bad)).as(bad).isInstanceOf(TimecodeException.class)
                    .hasMessageContaining("is not a timecode frame rate; use one of 23.976, 24, 25, 29.97, 30, 47.95,"
                            + " 48, 50, 59.94, 60");
        }
        assertThat(FrameRate.FPS_29_97.framesPerDay(true)).isEqualTo(2_589_408);
        assertThat(FrameRate.FPS_59_94.framesPerDay(true)).isEqualTo(5_178_816);
        assertThat(FrameRate.FPS_23_976.nominal()).isEqualTo(24);
        assertThat(FrameRate.FPS_47_95.nominal()).isEqualTo(48);
    }

    @Test
    void ranges() {
        TimecodeRange r = TimecodeRange.parse("10:00:00:00-10:00:30:00", FrameRate.FPS_25);
        assertThat(r.frames()).isEqualTo(750);
        assertThat(r.duration()).isEqualTo(Rational.of(30));
        assertThat(r.contains(Timecode.parse("10:00:29:24", FrameRate.FPS_25))).isTrue();
        assertThat(r.contains(Timecode.parse("10:00:30:00", FrameRate.FPS_25))).isFalse();
        TimecodeRange other = TimecodeRange.parse("10:00:20:00-10:01:00:00", FrameRate.FPS_25);
        assertThat(r.overlaps(other)).isTrue();
        assertThat(r.intersection(other)).get().hasToString("10:00:20:00-10:00:30:00");
        TimecodeRange after = TimecodeRange.parse("10:00:30:00-10:00:31:00", FrameRate.FPS_25);
        assertThat(r.overlaps(after)).isFalse();
        assertThat(TimecodeRange.of(Timecode.parse("00:00:59;29", FrameRate.FPS_29_97), 2))
                .hasToString("00:00:59;29-00:01:00;03");
        TimecodeRange df = TimecodeRange.parse("00:00:59;00-00:01:01;00", FrameRate.FPS_29_97);
        assertThat(df.frames()).isEqualTo(58);
        assertThat(df.duration()).isEqualTo(Rational.of(58 * 1001, 30000));
        assertThatThrownBy(() -> TimecodeRange.parse("10:00:30:00-10:00:00:00", FrameRate.FPS_25))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> TimecodeRange.parse("10:00:30:00", FrameRate.FPS_25))
                .hasMessageContaining("not a range");
        assertThatThrownBy(() -> TimecodeRange.of(Timecode.parse("23:59:59:00", FrameRate.FPS_25), 25))
                .hasMessageContaining("past midnight");
    }

    @Test
    void rationals() {
        assertThat(Rational.of(2, -4)).isEqualTo(Rational.of(-1, 2));
        assertThat(Rational.parse("3603.6")).isEqualTo(Rational.of(18018, 5));
        assertThat(Rational.parse("30000/1001").times(Rational.of(1001, 30000))).isEqualTo(Rational.of(1));
        assertThat(Rational.of(1, 3).compareTo(Rational.of(333, 1000))).isPositive();
        assertThat(Rational.of(-7, 2).floor()).isEqualTo(-4);
        assertThat(Rational.of(7, 2).round(RoundingMode.HALF_EVEN)).isEqualTo(4);
        assertThatThrownBy(() -> Rational.parse("x")).isInstanceOf(NumberFormatException.class);
    }
}

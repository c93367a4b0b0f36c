package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code postops tc} run in-process as a person or a script uses it. */
class TcCommandTest {

    @Test
    void framesToDropFrameAndBack() {
        CommandRun r = CommandRun.of("tc", "1084319", "--rate", "29.97", "--df");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("10:03:00;05\n");
        assertThat(CommandRun.of("tc", "10:03:00;05", "--rate", "29.97").out()).isEqualTo("1084319\n");
        assertThat(CommandRun.of("tc", "1084319", "--rate", "30000/1001").out()).isEqualTo("10:02:23:29\n");
        assertThat(CommandRun.of("tc", "10:02:23:29", "-r", "29.97").out()).isEqualTo("1084319\n");
        assertThat(CommandRun.of("tc", "00:10:00:00", "--rate", "29.97", "--df").out()).isEqualTo("17982\n");
        assertThat(CommandRun.of("tc", "2168638", "--rate", "59.94", "--df").out()).isEqualTo("10:03:00;10\n");
    }

    @Test
    void jsonCarriesFramesTimecodeAndExactSeconds() {
        CommandRun r = CommandRun.of("tc", "01:00:00;00", "--rate", "29.97", "--json");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("timecode").asString()).isEqualTo("01:00:00;00");
        assertThat(j.get("frames").asLong()).isEqualTo(107892);
        assertThat(j.get("rate").asString()).isEqualTo("29.97");
        assertThat(j.get("fps").asString()).isEqualTo("30000/1001");
        assertThat(j.get("dropFrame").asBoolean()).isTrue();
        assertThat(j.get("seconds").decimalValue()).isEqualByComparingTo("3599.996400");
        assertThat(j.get("secondsExact").asString()).isEqualTo("8999991/2500");
        JsonNode fromFrames = CommandRun.of("tc", "900000", "--rate", "25", "--json").json();
        assertThat(fromFrames.get("timecode").asString()).isEqualTo("10:00:00:00");
        assertThat(fromFrames.get("secondsExact").asString()).isEqualTo("36000");
    }

    @Test
    void rangesCountTheFramesBetween() {
        assertThat(CommandRun.of("tc", "10:00:00:00-10:00:30:00", "--rate", "25").out()).isEqualTo("750\n");
        JsonNode j = CommandRun.of("tc", "00:00:59;00-00:01:01;00", "--rate", "29.97", "--json").json();
        assertThat(j.get("frames").asLong()).isEqualTo(58);
        assertThat(j.get("start").asString()).isEqualTo("00:00:59;00");
        assertThat(j.get("secondsExact").asString()).isEqualTo("29029/15000");
    }

    @Test
    void impossibleInputIsRefusedWithTheReason() {
        CommandRun dropped = CommandRun.of("tc", "00:01:00;00", "--rate", "29.97");
        assertThat(dropped.code()).isEqualTo(2);
        assertThat(dropped.out()).isEmpty();
        assertThat(dropped.err()).startsWith("postops: 00:01:00;00 does not exist in 29.97 drop-frame")
                .contains("the next timecode is 00:01:00;02");
        assertThat(CommandRun.of("tc", "1000", "--rate", "25", "--df").err())
                .isEqualTo("postops: drop-frame at 25 fps is meaningless: only 29.97 and 59.94 fps drop frame"
                        + " numbers to keep up with the clock; use non-drop (':')\n");
        assertThat(CommandRun.of("tc", "00:00:00:25", "--rate", "25").err()).contains("frames run 00–24");
        assertThat(CommandRun.of("tc", "-5", "--rate", "25").err()).contains("negative");
        assertThat(CommandRun.of("tc", "99999999999999999999", "--rate", "25").err()).contains("more than");
        assertThat(CommandRun.of("tc", "2160000", "--rate", "25").err()).contains("24 hours or more");
        CommandRun badRate = CommandRun.of("tc", "100", "--rate", "29");
        assertThat(badRate.code()).isEqualTo(2);
        assertThat(badRate.err()).contains("'29' is not a timecode frame rate; use one of 23.976, 24, 25");
        CommandRun noRate = CommandRun.of("tc", "100");
        assertThat(noRate.code()).isEqualTo(2);
        assertThat(noRate.err()).contains("Missing required option: '--rate=RATE'");
        assertThat(CommandRun.of("tc", "ten", "--rate", "25").err()).contains("'ten' is not a timecode");
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        CommandRun r = CommandRun.of("tc", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("postops tc 1084319 --rate 29.97 --df       10:03:00;05")
                .contains("Exit codes:").contains("0  converted");
        assertThat(CommandRun.of("--help").out()).contains("tc").contains("Convert between frame counts");
    }
}

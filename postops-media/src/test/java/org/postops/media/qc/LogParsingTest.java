package org.postops.media.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** ffmpeg's log as the threads of several filter graphs write it: messages land inside ebur128's frame lines. */
class LogParsingTest {

    @Test
    void messagesInsideAnotherFiltersLineAreStillRead() {
        SignalAnalysis.Parser p = new SignalAnalysis.Parser();
        p.line("[Parsed_ebur128_1 @ 0x7fabf800a6c0] t: 4.699979   TARGET:-23 LUFS    M: -20.0 S: -20.0     "
                + "I: -20.0 LUFS       LRA:   0.0 LU  FTPK: -20.0 -20.0 dBFSblack_start:3 black_end:4 black_duration:1");
        p.line("[Parsed_ebur128_1 @ 0x7fabf800a6c0] t: 7.799979   TARGET:-23 LUFS    M: -20.0 S: -24.8     "
                + "I: -20.2 LUFS       LRA:   4.8 LUlavfi.freezedetect.freeze_start: 6");
        p.line("  TPK: -20.0 -20.0 dBFS");
        p.line("[freezedetect @ 0x7f3ec80105c0] lavfi.freezedetect.freeze_duration: 2.52");
        p.line("[freezedetect @ 0x7f3ec80105c0] lavfi.freezedetect.freeze_end: 8.52");
        p.line("[Parsed_ebur128_1 @ 0x7f66a800a600] Summary:");
        p.line("");
        p.line("  Integrated loudness:");
        p.line("    I:         -23.0 LUFS");
        p.line("[Parsed_idet_2 @ 0x1] Multi frame detection: TFF:    25 BFF:     0 Progressive:     0 Undetermined:     0");
        p.line("    Threshold: -33.0 LUFS");
        p.line("  Loudness range:");
        p.line("    LRA:         7.5 LU");
        p.line("    LRA low:   -30.0 LUFS");
        p.line("  True peak:");
        p.line("    Peak:       -1.5 dBFS");
        var events = p.events(new BigDecimal("12"));
        assertThat(events).extracting(Measurements.RawEvent::type).containsExactly("black", "freeze");
        assertThat(events.get(0).start()).isEqualByComparingTo("3");
        assertThat(events.get(1).end()).isEqualByComparingTo("8.52");
        var l = p.loudness().orElseThrow();
        assertThat(l.integratedLufs()).isEqualByComparingTo("-23.0");
        assertThat(l.lraLu()).isEqualByComparingTo("7.5");
        assertThat(l.truePeakDbtp()).isEqualByComparingTo("-1.5");
        assertThat(l.shortTermMaxLufs()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("-20.0"));
        assertThat(p.interlace()).hasValueSatisfying(i -> assertThat(i.verdict()).isEqualTo("top field first"));
    }
}

package org.postops.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Ics;

class ICalendarTest {

    @Test
    void textEscapesBackslashSemicolonCommaAndEveryKindOfLineBreak() {
        assertThat(ICalendar.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendar.escape("bell\u0007tab\t")).as("controls other than tab are not TEXT")
                .isEqualTo("bell tab\t");
        assertThat(Ics.unescape(ICalendar.escape("Grade, conform; reel\\1\nnext"))).isEqualTo("Grade, conform; reel\\1\nnext");
    }

    @Test
    void shortLinesAreNotFolded() {
        assertThat(ICalendar.fold("SUMMARY:Grade")).isEqualTo("SUMMARY:Grade\r\n");
        String exactly75 = "X:" + "a".repeat(73);
        assertThat(ICalendar.fold(exactly75)).isEqualTo(exactly75 + "\r\n");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        // é is two octets, — three, 🎬 four: a fold must fall between characters, never inside one
        String value = "é—🎬a".repeat(40);
        String folded = ICalendar.fold("SUMMARY:" + value);
        String[] physical = folded.substring(0, folded.length() - 2).split("\r\n");
        assertThat(physical.length).isGreaterThan(5);
        for (int i = 0; i < physical.length; i++) {
            int octets = physical[i].getBytes(StandardCharsets.UTF_8).length;
            assertThat(octets).as("line %d", i).isLessThanOrEqualTo(75);
            if (i < physical.length - 1) { // full up to the last character that fits
                assertThat(octets).as("line %d", i).isGreaterThan(71);
            }
            if (i > 0) {
                assertThat(physical[i]).startsWith(" ");
                assertThat(Character.isLowSurrogate(physical[i].charAt(1))).as("line %d starts mid-character", i)
                        .isFalse();
            }
            assertThat(Character.isHighSurrogate(physical[i].charAt(physical[i].length() - 1)))
                    .as("line %d ends mid-character", i).isFalse();
        }
        Ics.Line line = Ics.parse(folded).lines().get(0);
        assertThat(line.value()).isEqualTo(value);
    }

    @Test
    void datesAndStampsAreInTheirBasicForms() {
        assertThat(ICalendar.date(LocalDate.of(2026, 12, 1))).isEqualTo("20261201");
        assertThat(ICalendar.utc(Instant.parse("2026-11-21T09:30:05.123456Z"))).isEqualTo("20261121T093005Z");
    }
}

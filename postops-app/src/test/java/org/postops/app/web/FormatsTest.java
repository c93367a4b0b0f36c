package org.postops.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    // 20 Nov 2026, 23:30 UTC: already the 21st in Tokyo, still the 20th in Los Angeles
    private final Formats formats = new Formats(Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneId.of("UTC")));

    @Test
    void instantsAreShownInTheViewersZone() {
        Instant at = Instant.parse("2026-11-20T14:05:00Z");
        assertThat(formats.instant(at, ZoneId.of("Europe/London"))).isEqualTo("20 Nov 2026, 14:05");
        assertThat(formats.instant(at, ZoneId.of("America/Los_Angeles"))).isEqualTo("20 Nov 2026, 06:05");
        assertThat(formats.instant(at, ZoneId.of("Asia/Tokyo"))).isEqualTo("20 Nov 2026, 23:05");
        assertThat(formats.instant(null, ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void datesNameTheDayAndAddTheYearOnlyWhenItIsNotThisYear() {
        assertThat(formats.date(LocalDate.of(2026, 11, 20), ZoneId.of("Europe/London"))).isEqualTo("Fri 20 Nov");
        assertThat(formats.date(LocalDate.of(2027, 1, 15), ZoneId.of("Europe/London"))).isEqualTo("Fri 15 Jan 2027");
        // "this year" is the viewer's: on 31 Dec in Los Angeles it is already next year in Tokyo
        Formats newYearsEve = new Formats(Clock.fixed(Instant.parse("2026-12-31T20:00:00Z"), ZoneId.of("UTC")));
        assertThat(newYearsEve.date(LocalDate.of(2027, 1, 4), ZoneId.of("Asia/Tokyo"))).isEqualTo("Mon 4 Jan");
        assertThat(newYearsEve.date(LocalDate.of(2027, 1, 4), ZoneId.of("America/Los_Angeles")))
                .isEqualTo("Mon 4 Jan 2027");
    }

    @Test
    void moneyIsWrittenFromMinorUnitsInItsCurrency() {
        assertThat(formats.money(1250050L, "GBP")).isEqualTo("£12,500.50");
        assertThat(formats.money(99L, "EUR")).isEqualTo("€0.99");
        assertThat(formats.money(1500000L, "JPY")).isEqualTo("JP¥1,500,000");
        assertThat(formats.money(12345L, "CHF")).isEqualTo("CHF 123.45");
        assertThat(formats.money(null, "GBP")).isEmpty();
        assertThat(formats.amountInput(1250050L, "GBP")).isEqualTo("12500.50");
        assertThat(formats.amountInput(1500000L, "JPY")).isEqualTo("1500000");
    }

    @Test
    void hoursAreHoursNeverFractionsOfDays() {
        assertThat(formats.hours(1.5)).isEqualTo("1 h 30 min");
        assertThat(formats.hours(8.0)).isEqualTo("8 h");
        assertThat(formats.hours(0.25)).isEqualTo("15 min");
        assertThat(formats.hours(40.0)).isEqualTo("40 h");
        assertThat(formats.hours(1.0 / 3)).isEqualTo("20 min");
        assertThat(formats.hours(null)).isEmpty();
    }

    @Test
    void typedAmountsBecomeMinorUnitsAndMistakesBecomeFieldMessages() {
        Inputs in = new Inputs();
        assertThat(in.money("budget", "12,500.50", "GBP")).isEqualTo(1250050L);
        assertThat(in.money("budget", "1500000", "JPY")).isEqualTo(1500000L);
        assertThat(in.money("budget", " ", "GBP")).isNull();
        in.check();
        Inputs wrong = new Inputs();
        wrong.money("budget", "12.505", "GBP");
        wrong.date("due", "next friday");
        org.assertj.core.api.Assertions.assertThatThrownBy(wrong::check).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(FormErrors.of(p).get("budget")).isEqualTo("has more than 2 decimal places"));
    }

    @Test
    void workedTimeIsHoursAndMinutesNeverFractionsOfDays() {
        assertThat(Formats.workTime(0)).isEqualTo("0 h");
        assertThat(Formats.workTime(45)).isEqualTo("45 min");
        assertThat(Formats.workTime(480)).isEqualTo("8 h");
        assertThat(Formats.workTime(450)).isEqualTo("7 h 30 min");
        assertThat(Formats.workTime(2 * 480 + 5)).isEqualTo("16 h 5 min");
        assertThat(Formats.workTime(-90)).isEqualTo("−1 h 30 min");
        assertThat(Formats.clockTime(450)).isEqualTo("7:30");
        assertThat(Formats.clockTime(485)).isEqualTo("8:05");
        assertThat(Formats.clockTime(480)).isEqualTo("8:00");
        assertThat(Formats.clockTime(0)).isEmpty();
    }
}

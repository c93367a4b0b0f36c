package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {

    private final BankHolidays englandAndWales = BankHolidays.englandAndWales();

    /** Published by GOV.UK (www.gov.uk/bank-holidays). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025 | 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
        "2026 | 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
        "2027 | 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28"})
    void publishedDates(int year, String dates) {
        List<LocalDate> expected = List.of(dates.split(" ")).stream().map(LocalDate::parse).toList();
        assertThat(englandAndWales.inYear(year).keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void namesComeFromTheFile() {
        assertThat(englandAndWales.nameOf(LocalDate.of(2026, 12, 28))).contains("Boxing Day (substitute day)");
        assertThat(englandAndWales.nameOf(LocalDate.of(2026, 4, 3))).contains("Good Friday");
        assertThat(englandAndWales.nameOf(LocalDate.of(2026, 4, 4))).isEmpty();
    }

    /** Catches a typo in the data: every year the file covers is exactly what the standing rules give. */
    @Test
    void theFileAgreesWithTheRulesForEveryYearInIt() {
        int first = englandAndWales.byDate().firstKey().getYear();
        int last = englandAndWales.byDate().lastKey().getYear();
        assertThat(first).isLessThanOrEqualTo(2025);
        assertThat(last).isGreaterThanOrEqualTo(2032);
        IntStream.rangeClosed(first, last).forEach(year ->
                assertThat(englandAndWales.inYear(year)).as("bank holidays of %d", year)
                        .isEqualTo(EnglandAndWalesRules.holidaysOf(year)));
    }

    /** Christmas on a Sunday (2022): Boxing Day keeps Monday and Christmas moves to Tuesday, as GOV.UK had it. */
    @Test
    void christmasOnASundayMovesPastBoxingDay() {
        assertThat(EnglandAndWalesRules.holidaysOf(2022)).containsEntry(LocalDate.of(2022, 12, 26), "Boxing Day")
                .containsEntry(LocalDate.of(2022, 12, 27), "Christmas Day (substitute day)");
        assertThat(EnglandAndWalesRules.holidaysOf(2022)).containsKey(LocalDate.of(2022, 1, 3)); // 1 Jan a Saturday
    }

    @ParameterizedTest
    @CsvSource({"2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterByTheGregorianAlgorithm(int year, LocalDate easter) {
        assertThat(EnglandAndWalesRules.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        List<String> lines = List.of("# test", "2026-01-01 # New Year", "2026-13-01 # typo");
        assertThatThrownBy(() -> BankHolidays.parse("test.txt", lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.txt line 3: '2026-13-01' is not a date in ISO form (yyyy-mm-dd)");
        assertThatThrownBy(() -> BankHolidays.parse("test.txt", List.of("1 May 2026")))
                .hasMessageContaining("line 1: '1 May 2026'");
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThatThrownBy(() -> BankHolidays.parse("t", List.of("2026-01-01", "", "2026-01-01 # again")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("t line 3: 2026-01-01 is listed twice");
    }

    @Test
    void aOneOffHolidayIsData() {
        BankHolidays coronation = BankHolidays.parse("one-off", List.of("2023-05-08 # Coronation of King Charles III"));
        assertThat(coronation.nameOf(LocalDate.of(2023, 5, 8))).contains("Coronation of King Charles III");
        assertThat(englandAndWales.with(coronation.byDate()).contains(LocalDate.of(2023, 5, 8))).isTrue();
        assertThat(BankHolidays.none().byDate()).isEmpty();
    }
}

package org.postops.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The standing rules for England and Wales bank holidays. The library reads its holidays from a data file
 * (so a one-off such as a coronation is a line of data, not code); these rules generated that file and the
 * tests check it against them, so a typo in the file is caught.
 */
final class EnglandAndWalesRules {

    private EnglandAndWalesRules() {
    }

    /** The year's bank holidays by the standing rules, each with the name GOV.UK gives it. */
    static NavigableMap<LocalDate, String> holidaysOf(int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.put(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
        days.put(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
        days.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        // Fixed days on a weekday first, so that a weekend one's substitute skips past them
        // (Christmas on a Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday).
        Map<LocalDate, String> fixed = new TreeMap<>(Map.of(
                LocalDate.of(year, Month.JANUARY, 1), "New Year’s Day",
                LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day",
                LocalDate.of(year, Month.DECEMBER, 26), "Boxing Day"));
        fixed.forEach((day, name) -> {
            if (!isWeekend(day)) {
                days.put(day, name);
            }
        });
        fixed.forEach((day, name) -> {
            if (isWeekend(day)) {
                LocalDate substitute = day;
                while (isWeekend(substitute) || days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.put(substitute, name + " (substitute day)");
            }
        });
        return days;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

package org.postops.app.time;

import java.time.LocalDate;
import java.util.List;

/**
 * The viewer's own time between two days (inclusive): every entry, the total of each day (every day of
 * the range, empty ones too) and of each week (Monday to Sunday, counting only days inside the range).
 */
public record MyTime(LocalDate from, LocalDate to, long totalMinutes, String total, List<Day> days,
        List<Week> weeks, List<TimeEntry> entries) {

    public record Day(LocalDate date, long minutes, String duration) {
    }

    public record Week(LocalDate weekStart, long minutes, String duration) {
    }
}

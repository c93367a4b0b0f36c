package org.postops.app.schedule.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.postops.planning.WorkCalendar;

/**
 * The chart's time axis: whole weeks (Monday to Sunday) of the facility's calendar days, a column per day or per
 * week. Within a working day, x follows the working time done (09:00 is the day's left edge, 18:00 its right
 * edge, lunch takes no room), so a day's work fills its day and a bar from Friday to Monday spans the weekend.
 * Within a day off (weekend, bank holiday), x follows the clock.
 */
final class TimeAxis {

    /** How wide a day is, by zoom: a day column fits "Mon" and "14"; a week column fits "w/c 14 Jan". */
    static final int DAY_WIDTH_BY_DAY = 32;
    static final int DAY_WIDTH_BY_WEEK = 12;

    private final WorkCalendar calendar;
    private final ZoneId zone;
    private final GanttChart.Zoom zoom;
    private final LocalDate first;
    private final int days;
    private final int dayWidth;

    private TimeAxis(WorkCalendar calendar, GanttChart.Zoom zoom, LocalDate first, int days) {
        this.calendar = calendar;
        this.zone = calendar.zone();
        this.zoom = zoom;
        this.first = first;
        this.days = days;
        this.dayWidth = zoom == GanttChart.Zoom.DAY ? DAY_WIDTH_BY_DAY : DAY_WIDTH_BY_WEEK;
    }

    /** The whole weeks holding {@code from} to {@code to} (inclusive). */
    static TimeAxis spanning(WorkCalendar calendar, GanttChart.Zoom zoom, LocalDate from, LocalDate to) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = to.isBefore(from) ? from : to;
        sunday = sunday.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return new TimeAxis(calendar, zoom, monday, (int) ChronoUnit.DAYS.between(monday, sunday) + 1);
    }

    /** The same axis cut to its first {@code weeks} weeks. */
    TimeAxis firstWeeks(int weeks) {
        return new TimeAxis(calendar, zoom, first, Math.min(days, weeks * 7));
    }

    GanttChart.Zoom zoom() {
        return zoom;
    }

    LocalDate first() {
        return first;
    }

    /** The day after the last day shown. */
    LocalDate end() {
        return first.plusDays(days);
    }

    int days() {
        return days;
    }

    int dayWidth() {
        return dayWidth;
    }

    /** Columns: days, or weeks. */
    int columns() {
        return zoom == GanttChart.Zoom.DAY ? days : days / 7;
    }

    int columnWidth() {
        return zoom == GanttChart.Zoom.DAY ? dayWidth : dayWidth * 7;
    }

    int width() {
        return days * dayWidth;
    }

    /** The first day of column {@code i}. */
    LocalDate columnStart(int i) {
        return zoom == GanttChart.Zoom.DAY ? first.plusDays(i) : first.plusWeeks(i);
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** The bank holiday's name, if {@code day} is one. */
    String holiday(LocalDate day) {
        return calendar.holidays().nameOf(day).orElse(null);
    }

    /** The left edge of a day. */
    double x(LocalDate day) {
        return ChronoUnit.DAYS.between(first, day) * (double) dayWidth;
    }

    /** Where an instant falls, clamped to the axis. */
    double x(Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        LocalDate day = t.toLocalDate();
        double x = (ChronoUnit.DAYS.between(first, day) + fractionOfDay(day, t)) * dayWidth;
        return Math.max(0, Math.min(width(), x));
    }

    /** Whether an instant falls on the axis (not clamped to an edge). */
    boolean shows(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return !day.isBefore(first) && day.isBefore(end());
    }

    private double fractionOfDay(LocalDate day, ZonedDateTime t) {
        long working = calendar.workingMinutes(day);
        if (working > 0) {
            long done = calendar.workingMinutesBetween(day.atStartOfDay(zone), t);
            return Math.max(0, Math.min(1, done / (double) working));
        }
        return t.toLocalTime().toSecondOfDay() / 86_400.0;
    }
}

package org.postops.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * When a facility, or one person in it, works: a zone, a working week, bank holidays and days off. Immutable.
 *
 * <p>Arithmetic is done on wall-clock dates and times and only then resolved in the zone, so a day of
 * 09:00–18:00 stays eight working hours in the week the clocks change. Instants are taken to the whole minute
 * at or after them. Working minutes are wall-clock minutes: a facility that works through the hour the clocks
 * change counts that hour as the clock shows it.
 */
public final class WorkCalendar {

    /** No facility goes ten years without a working day; past this the calendar is surely misconfigured. */
    private static final int SEARCH_LIMIT_DAYS = 3660;

    private final ZoneId zone;
    private final WorkingWeek week;
    private final BankHolidays holidays;
    private final Set<LocalDate> daysOff;

    private WorkCalendar(ZoneId zone, WorkingWeek week, BankHolidays holidays, Set<LocalDate> daysOff) {
        if (zone == null || week == null || holidays == null) {
            throw new IllegalArgumentException("a work calendar needs a zone, a working week and bank holidays");
        }
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        this.daysOff = Set.copyOf(daysOff);
    }

    public static WorkCalendar of(ZoneId zone, WorkingWeek week, BankHolidays holidays) {
        return new WorkCalendar(zone, week, holidays, Set.of());
    }

    /** A facility in England or Wales: Europe/London, Monday to Friday 09:00–18:00, its bank holidays. */
    public static WorkCalendar englandAndWales() {
        return of(ZoneId.of("Europe/London"), WorkingWeek.standard(), BankHolidays.englandAndWales());
    }

    /** A person's calendar: this one with their days off (holiday leave, training) added. */
    public WorkCalendar withDaysOff(Collection<LocalDate> days) {
        Set<LocalDate> all = new HashSet<>(daysOff);
        all.addAll(days);
        return new WorkCalendar(zone, week, holidays, all);
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingWeek week() {
        return week;
    }

    public BankHolidays holidays() {
        return holidays;
    }

    public Set<LocalDate> daysOff() {
        return daysOff;
    }

    public boolean isWorkingDay(LocalDate day) {
        return week.includes(day.getDayOfWeek()) && !holidays.contains(day) && !daysOff.contains(day);
    }

    public long workingMinutes(LocalDate day) {
        return isWorkingDay(day) ? week.hours().minutes() : 0;
    }

    /** {@code t} if work is under way then, otherwise the moment it next starts. */
    public ZonedDateTime nextWorkingInstant(ZonedDateTime t) {
        LocalDateTime local = local(t);
        LocalDate day = local.toLocalDate();
        int minute = WorkingDay.minute(local.toLocalTime());
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++) {
            if (isWorkingDay(day)) {
                int next = week.hours().nextWorkingMinute(minute);
                if (next >= 0) {
                    return resolve(day, next);
                }
            }
            day = day.plusDays(1);
            minute = 0;
        }
        throw new IllegalStateException("no working day within " + SEARCH_LIMIT_DAYS + " days after " + t);
    }

    /**
     * When {@code workingMinutes} of work begun at {@code from} are done. Work begins at the next working
     * instant; a finish at the end of a period is that end (eight hours from Monday 09:00 is Monday 18:00).
     */
    public ZonedDateTime add(ZonedDateTime from, long workingMinutes) {
        if (workingMinutes < 0) {
            throw new IllegalArgumentException("working minutes to add must not be negative: " + workingMinutes);
        }
        ZonedDateTime start = nextWorkingInstant(from);
        if (workingMinutes == 0) {
            return start;
        }
        LocalDateTime local = local(start);
        LocalDate day = local.toLocalDate();
        WorkingDay hours = week.hours();
        int done = hours.elapsedAt(WorkingDay.minute(local.toLocalTime()));
        long remaining = workingMinutes;
        while (true) {
            int left = hours.minutes() - done;
            if (remaining <= left) {
                return resolve(day, hours.finishAt(done + (int) remaining));
            }
            remaining -= left;
            day = nextWorkingDay(day);
            done = 0;
        }
    }

    /** Working minutes from {@code a} to {@code b}; negative if {@code b} is before {@code a}. */
    public long workingMinutesBetween(ZonedDateTime a, ZonedDateTime b) {
        if (b.isBefore(a)) {
            return -workingMinutesBetween(b, a);
        }
        LocalDateTime from = local(a);
        LocalDateTime to = local(b);
        long total = -elapsed(from);
        for (LocalDate day = from.toLocalDate(); day.isBefore(to.toLocalDate()); day = day.plusDays(1)) {
            total += workingMinutes(day);
        }
        return total + elapsed(to);
    }

    LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no working day within " + SEARCH_LIMIT_DAYS + " days after " + after);
    }

    /** Working minutes of its day done by the given wall-clock time. */
    private long elapsed(LocalDateTime time) {
        return isWorkingDay(time.toLocalDate()) ? week.hours().elapsedAt(WorkingDay.minute(time.toLocalTime())) : 0;
    }

    /** The wall-clock time in this calendar's zone, taken up to the whole minute. */
    LocalDateTime local(ZonedDateTime t) {
        LocalDateTime local = t.withZoneSameInstant(zone).toLocalDateTime();
        LocalDateTime minute = local.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(local) ? local : minute.plusMinutes(1);
    }

    ZonedDateTime resolve(LocalDate day, int minuteOfDay) {
        return ZonedDateTime.of(day, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone);
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + zone + ", " + week + ", " + holidays.byDate().size() + " holidays, "
                + daysOff.size() + " days off]";
    }
}

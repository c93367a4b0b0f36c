package org.postops.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** The days of the week a facility works, each with the same hours. */
public record WorkingWeek(Set<DayOfWeek> days, WorkingDay hours) {

    public WorkingWeek {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a working week needs at least one working day");
        }
        if (hours == null) {
            throw new IllegalArgumentException("a working week needs its working hours");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Monday to Friday, 09:00–18:00 with lunch 13:00–14:00. */
    public static WorkingWeek standard() {
        return new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), WorkingDay.standard());
    }

    public static WorkingWeek of(Set<DayOfWeek> days, LocalTime start, LocalTime end, LocalTime lunchStart,
            LocalTime lunchEnd) {
        return new WorkingWeek(days, new WorkingDay(start, end, lunchStart, lunchEnd));
    }

    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }
}

package org.postops.app.schedule.web;

import java.time.Instant;
import org.postops.app.web.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the schedule pages say times and amounts of work: instants in the viewer's zone ("Mon 4 Jan, 09:00",
 * with the year when it is not this year), work and float in hours and minutes ("7 h 30 min"), never
 * fractions of days.
 */
final class ScheduleText {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", LOCALE);
    private static final DateTimeFormatter TIME_WITH_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
            LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);

    private final ZoneId zone;
    private final int thisYear;

    ScheduleText(ZoneId zone, Instant now) {
        this.zone = zone;
        this.thisYear = now.atZone(zone).getYear();
    }

    ZoneId zone() {
        return zone;
    }

    /** "Mon 4 Jan, 09:00" in the viewer's zone; empty for no instant. */
    String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime t = instant.atZone(zone);
        return (t.getYear() == thisYear ? TIME : TIME_WITH_YEAR).format(t);
    }

    /** "Thu 7 Jan", a calendar day as it is (a target day is the facility's day, not shifted by zone). */
    String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return (day.getYear() == thisYear ? DAY : DAY_WITH_YEAR).format(day);
    }

    /** Working hours as hours and minutes: "16 h", "7 h 30 min", "45 min", "0 h"; a minus sign when behind. */
    static String hours(double hours) {
        return minutes(Math.round(hours * 60));
    }

    static String minutes(long minutes) {
        return Formats.workTime(minutes);
    }
}

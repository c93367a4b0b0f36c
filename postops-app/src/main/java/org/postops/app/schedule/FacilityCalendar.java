package org.postops.app.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.postops.planning.BankHolidays;
import org.postops.planning.WorkCalendar;
import org.postops.planning.WorkingWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The facility's working calendar, which every schedule is worked out on: by default Europe/London, Monday to
 * Friday 09:00–18:00 with lunch 13:00–14:00, and the bank holidays of England and Wales.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FacilityCalendar.Settings.class)
public class FacilityCalendar {

    /** {@code postops.calendar.*}. */
    @ConfigurationProperties("postops.calendar")
    public record Settings(ZoneId zone, List<DayOfWeek> days, LocalTime start, LocalTime end, LocalTime lunchStart,
            LocalTime lunchEnd, String holidays) {

        public Settings {
            zone = zone == null ? ZoneId.of("Europe/London") : zone;
            days = days == null || days.isEmpty() ? List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY) : days;
            start = start == null ? LocalTime.of(9, 0) : start;
            end = end == null ? LocalTime.of(18, 0) : end;
            lunchStart = lunchStart == null ? LocalTime.of(13, 0) : lunchStart;
            lunchEnd = lunchEnd == null ? LocalTime.of(14, 0) : lunchEnd;
            holidays = holidays == null ? "england-and-wales" : holidays;
        }
    }

    @Bean
    WorkCalendar workCalendar(Settings settings) {
        Set<DayOfWeek> days = EnumSet.copyOf(settings.days());
        BankHolidays holidays;
        switch (settings.holidays()) {
            case "england-and-wales":
                holidays = BankHolidays.englandAndWales();
                break;
            case "none":
                holidays = BankHolidays.none();
                break;
            default:
                throw new IllegalStateException("postops.calendar.holidays must be england-and-wales or none, not '"
                        + settings.holidays() + "'");
        }
        return WorkCalendar.of(settings.zone(), WorkingWeek.of(days, settings.start(), settings.end(),
                settings.lunchStart(), settings.lunchEnd()), holidays);
    }
}

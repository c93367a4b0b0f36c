package org.postops.app.expert;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When an expert can be reached: around the clock, or on some days between two times of day in the line's
 * own time zone (a vendor in California keeps California hours, whatever the facility's zone).
 */
public record SupportHours(boolean always, List<DayOfWeek> days, LocalTime opens, LocalTime closes, String zone) {

    public SupportHours {
        days = days == null ? List.of() : days.stream().distinct().sorted().toList();
    }

    public static SupportHours twentyFourSeven() {
        return new SupportHours(true, List.of(), null, null, null);
    }

    public boolean openAt(Instant at) {
        if (always) {
            return true;
        }
        ZonedDateTime here = at.atZone(ZoneId.of(zone));
        LocalTime t = here.toLocalTime();
        return days.contains(here.getDayOfWeek()) && !t.isBefore(opens) && t.isBefore(closes);
    }

    /** When the line next opens after {@code at}, in its own zone; empty when it is open around the clock. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        if (always || days.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime here = at.atZone(ZoneId.of(zone));
        for (int d = 0; d <= 7; d++) {
            ZonedDateTime candidate = here.toLocalDate().plusDays(d).atTime(opens).atZone(here.getZone());
            if (days.contains(candidate.getDayOfWeek()) && candidate.toInstant().isAfter(at)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** "24/7", "Mon–Fri 09:00–18:00 America/Los_Angeles", "Mon, Wed 10:00–16:00 Europe/London". */
    public String describe() {
        if (always) {
            return "24/7";
        }
        return dayRange() + " " + opens + "–" + closes + " " + zone;
    }

    private String dayRange() {
        boolean consecutive = days.size() > 2;
        for (int i = 1; i < days.size(); i++) {
            consecutive &= days.get(i).getValue() == days.get(i - 1).getValue() + 1;
        }
        if (consecutive) {
            return shortName(days.get(0)) + "–" + shortName(days.get(days.size() - 1));
        }
        return String.join(", ", days.stream().map(SupportHours::shortName).toList());
    }

    static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.UK);
    }
}

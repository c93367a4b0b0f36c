package org.postops.app.kit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Something about a kit item to act on before it bites: a safety (PAT) test or a licence due within
 * {@link #WINDOW_DAYS} days or already past. Retired kit needs nothing.
 */
public record Attention(Kind kind, LocalDate date, String message) {

    public static final int WINDOW_DAYS = 30;

    public enum Kind {
        PAT_OVERDUE, PAT_DUE, LICENCE_EXPIRED, LICENCE_EXPIRING;

        /** Whether it is already past (shown as a warning, not a reminder). */
        public boolean past() {
            return this == PAT_OVERDUE || this == LICENCE_EXPIRED;
        }
    }

    static List<Attention> of(KitStatus status, LocalDate patDue, LocalDate licenceExpires, LocalDate today) {
        List<Attention> list = new ArrayList<>();
        if (status == KitStatus.RETIRED) {
            return list;
        }
        if (patDue != null) {
            if (patDue.isBefore(today)) {
                list.add(new Attention(Kind.PAT_OVERDUE, patDue, "PAT test overdue since " + patDue));
            } else if (!patDue.isAfter(today.plusDays(WINDOW_DAYS))) {
                list.add(new Attention(Kind.PAT_DUE, patDue, "PAT test due " + in(today, patDue) + " (" + patDue + ")"));
            }
        }
        if (licenceExpires != null) {
            if (licenceExpires.isBefore(today)) {
                list.add(new Attention(Kind.LICENCE_EXPIRED, licenceExpires, "Licence expired on " + licenceExpires));
            } else if (!licenceExpires.isAfter(today.plusDays(WINDOW_DAYS))) {
                list.add(new Attention(Kind.LICENCE_EXPIRING, licenceExpires,
                        "Licence expires " + in(today, licenceExpires) + " (" + licenceExpires + ")"));
            }
        }
        return list;
    }

    private static String in(LocalDate today, LocalDate day) {
        long days = ChronoUnit.DAYS.between(today, day);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }
}

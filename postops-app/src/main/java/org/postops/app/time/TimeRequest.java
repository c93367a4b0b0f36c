package org.postops.app.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Time to log, as asked: {@code {"date":"2026-11-20","hours":2,"minutes":30,"note":"..."}} or with
 * {@code "duration":"2:30"} instead of hours and minutes. {@code date} defaults to today in the viewer's
 * zone; {@code person} (a username) to the viewer: only supervisors and producers log for someone else.
 * Numbers arrive as written so that 2.5 hours is refused by name rather than rounded.
 */
public record TimeRequest(LocalDate date, BigDecimal hours, BigDecimal minutes, String duration, String note,
        String person) {
}

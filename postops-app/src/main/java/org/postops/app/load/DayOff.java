package org.postops.app.load;

import java.time.Instant;
import java.time.LocalDate;

/** Days a person does not work, {@code from} to {@code to} inclusive: their capacity is zero on each. */
public record DayOff(long id, long userId, LocalDate from, LocalDate to, DayOffKind kind, String note,
        Instant createdAt) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

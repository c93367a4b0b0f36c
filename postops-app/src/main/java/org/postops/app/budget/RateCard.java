package org.postops.app.budget;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One rate of the facility's rate card: {@code amountMinor} minor units of {@code currency} per
 * {@code unit} of {@code subject}, from {@code effectiveFrom} to {@code effectiveTo} (inclusive; null means
 * until further notice). {@code subjectLabel} is the subject as people read it ("VFX artist").
 */
public record RateCard(long id, int version, SubjectType subjectType, String subject, String subjectLabel,
        RateUnit unit, long amountMinor, String currency, LocalDate effectiveFrom, LocalDate effectiveTo,
        Instant createdAt, Instant updatedAt) {

    public RateFields fields() {
        return new RateFields(subjectType, subject, unit, amountMinor, currency, effectiveFrom, effectiveTo);
    }

    /** Whether the rate is in force on that day. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}

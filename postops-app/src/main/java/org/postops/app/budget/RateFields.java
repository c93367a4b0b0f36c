package org.postops.app.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an administrator edits on a rate: the body of a create and the document a merge patch is applied
 * to. {@code subject} is a member role ({@code colourist}) when {@code subjectType} is {@code role}, else a
 * kit or room key ({@code grading-theatre}). {@code effectiveTo} is inclusive; none means until further notice.
 */
public record RateFields(
        @NotNull SubjectType subjectType,
        @NotBlank @Size(max = 64) String subject,
        @NotNull RateUnit unit,
        @NotNull @Min(value = 0, message = "must be 0 or more")
        @Max(value = 1_000_000_000_000L, message = "must be at most 1000000000000") Long amountMinor,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP, EUR or USD")
        String currency,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}

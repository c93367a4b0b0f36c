package org.postops.app.production;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.postops.app.access.Confidentiality;

/**
 * Everything about a production that people edit, as one value: the body of a create, and the document
 * a JSON merge patch is applied to.
 */
public record ProductionFields(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String codename,
        @Size(max = 200) String client,
        @NotNull ProductionType type,
        @NotNull ProductionStatus status,
        @NotNull Confidentiality confidentiality,
        LocalDate startDate,
        LocalDate pictureLockDate,
        LocalDate deliveryDate,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP, EUR or USD")
        String currency,
        @NotNull @Valid Brief brief,
        @NotNull @Valid Spec spec) {

    /** Fills what a create may leave out: type other, status planning, currency GBP, empty brief and spec. */
    public ProductionFields withDefaults() {
        return new ProductionFields(name, blankToNull(codename), blankToNull(client),
                type == null ? ProductionType.OTHER : type, status == null ? ProductionStatus.PLANNING : status,
                confidentiality, startDate, pictureLockDate, deliveryDate, currency == null ? "GBP" : currency,
                brief == null ? Brief.empty() : brief, spec == null ? Spec.empty() : spec);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

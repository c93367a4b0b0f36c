package org.postops.app.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Something to hand over, in a stated format, checked against a delivery profile (by its id). */
public record Deliverable(Long id, @NotBlank @Size(max = 200) String name, @Size(max = 1000) String format,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "may hold only letters, digits, '.', '_' and '-'")
        String deliveryProfileId) {
}

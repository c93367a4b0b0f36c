package org.postops.app.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the person raising a change request says: what is asked, by whom, and why. */
public record ChangeRequestFields(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String requestedBy,
        @Size(max = 10000) String reason) {

    ChangeRequestFields stripped() {
        return new ChangeRequestFields(title == null ? null : title.strip(),
                requestedBy == null || requestedBy.isBlank() ? null : requestedBy.strip(),
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}

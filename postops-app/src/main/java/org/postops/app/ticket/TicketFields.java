package org.postops.app.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.postops.app.skill.SkillCategory;

/**
 * What the requester says when raising a ticket: what is wrong, how badly, in which area, and what it concerns
 * (kit, a production, tasks of that production; all optional). Tasks given without a production name theirs.
 */
public record TicketFields(
        @NotBlank @Size(max = 200) String summary,
        @Size(max = 10000) String symptoms,
        @Size(max = 20000) String errorText,
        @NotNull Severity severity,
        @NotNull SkillCategory category,
        @Size(max = 50) List<Long> kitIds,
        Long productionId,
        @Size(max = 50) List<Long> taskIds) {

    TicketFields stripped() {
        return new TicketFields(summary == null ? null : summary.strip(), blank(symptoms), blank(errorText), severity,
                category, kitIds == null ? List.of() : kitIds.stream().distinct().toList(), productionId,
                taskIds == null ? List.of() : taskIds.stream().distinct().toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.postops.app.skill;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin sets on a skill: a new one, a rename, a move to another category, retiring it. */
public record SkillFields(@NotNull SkillCategory category, @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description, Boolean retired, Integer version) {

    SkillFields withDefaults() {
        return new SkillFields(category, name == null ? null : name.strip(),
                description == null || description.isBlank() ? null : description.strip(),
                retired != null && retired, version);
    }
}

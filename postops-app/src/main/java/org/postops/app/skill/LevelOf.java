package org.postops.app.skill;

import jakarta.validation.constraints.NotNull;

/** One line of a list of skills sent to the API: which skill, at what level. */
public record LevelOf(@NotNull Long skillId, @NotNull SkillLevel level) {
}

package org.postops.app.skill;

/** One skill of the taxonomy. Retired skills stay, so old assessments and tickets still name them. */
public record Skill(long id, int version, SkillCategory category, String name, String description,
        boolean retired) {
}

package org.postops.app.skill;

/** A skill at a level: what a task (or a ticket) needs, or what a person or expert has. */
public record SkillNeed(long skillId, String skill, SkillCategory category, SkillLevel level) {

    /** "Nuke: expert". */
    public String describe() {
        return skill + ": " + level.name().toLowerCase(java.util.Locale.ROOT);
    }
}

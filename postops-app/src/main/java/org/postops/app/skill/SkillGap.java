package org.postops.app.skill;

/** A task needs {@code required} of a skill and the person has only {@code yours} (NONE if never assessed). */
public record SkillGap(long skillId, String skill, SkillLevel required, SkillLevel yours) {

    /** "needs Nuke: expert, you: basic". */
    public String describe() {
        return "needs " + skill + ": " + lower(required) + ", you: " + lower(yours);
    }

    private static String lower(SkillLevel level) {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }
}

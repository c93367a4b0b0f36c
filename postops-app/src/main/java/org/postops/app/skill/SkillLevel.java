package org.postops.app.skill;

import java.util.Locale;

/** A realistic self-assessment of one skill, in order. */
public enum SkillLevel {
    NONE, BASIC, WORKING, EXPERT;

    public boolean atLeast(SkillLevel wanted) {
        return compareTo(wanted) >= 0;
    }

    public String label() {
        String s = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

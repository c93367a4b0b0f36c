package org.postops.app.skill;

import java.util.Locale;

/**
 * The top of the skills taxonomy. A ticket's category is one of these too, so the people who know a category
 * are the people to ask about a fault in it.
 */
public enum SkillCategory {
    EDITING_SYSTEMS, GRADING, AUDIO, VFX, CODECS_AND_FORMATS, COLOUR_PIPELINE, STORAGE, NETWORKING, HARDWARE,
    SOFTWARE_AND_LICENCES, DELIVERY_AND_QC, OTHER;

    public String label() {
        return switch (this) {
            case VFX -> "VFX";
            case DELIVERY_AND_QC -> "Delivery and QC";
            default -> {
                String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }
}

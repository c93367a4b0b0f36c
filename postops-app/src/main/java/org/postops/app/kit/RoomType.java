package org.postops.app.kit;

import java.util.Locale;

/** What a room is for. Rates may be kept per room type (its key, e.g. {@code grading-theatre}). */
public enum RoomType {
    EDIT_SUITE, GRADING_THEATRE, DUBBING_STAGE, SOUND_SUITE, VFX_SUITE, SCREENING_ROOM, MACHINE_ROOM, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

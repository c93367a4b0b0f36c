package org.postops.app.kit;

import java.util.Locale;

/** Whether a kit item can be worked on. */
public enum KitStatus {
    IN_SERVICE, DEGRADED, FAULTY, IN_REPAIR, RETIRED;

    /** Whether work booked on it can go ahead (degraded kit still works, slowly or partly). */
    public boolean usable() {
        return this == IN_SERVICE || this == DEGRADED;
    }

    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.postops.app.production;

/** Where a production is in its life. */
public enum ProductionStatus {
    PLANNING, ACTIVE, ON_HOLD, DELIVERED, ARCHIVED;

    public String label() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

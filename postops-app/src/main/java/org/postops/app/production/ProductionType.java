package org.postops.app.production;

/** The kind of production; each starts from its own workflow template. */
public enum ProductionType {
    DRAMA_SERIES, DOCUMENTARY, FEATURE, COMMERCIAL, SHORT, MUSIC_VIDEO, CORPORATE, OTHER;

    public String label() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

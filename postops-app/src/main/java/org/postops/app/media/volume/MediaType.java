package org.postops.app.media.volume;

/** The medium a copy sits on; 3-2-1 wants copies on at least two of these. */
public enum MediaType {
    DISK, TAPE, CLOUD, OPTICAL, OTHER;

    /** "disk", "tape": how a sentence names it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.postops.media.probe;

/** A file that could not be probed; the message says why in a user's words. */
public class ProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the probe failed. */
    public enum Reason {
        /** no such file */
        MISSING,
        /** a folder, a device or another non-file */
        NOT_A_FILE,
        /** zero bytes */
        EMPTY,
        /** permissions or an I/O error */
        UNREADABLE,
        /** FFmpeg recognised no media in it (text, a truncated container without its index, …) */
        NOT_MEDIA,
        /** ffprobe could not be run, or did not finish in time */
        FFMPEG
    }

    private final Reason reason;

    public ProbeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package org.postops.media.timecode;

/** A timecode, frame count or rate that does not exist; the message says why in a user's words. */
public class TimecodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public TimecodeException(String message) {
        super(message);
    }
}

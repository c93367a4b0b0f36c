package org.postops.media.qc;

/** A delivery profile that is unknown or cannot be read; the message names the file, rule and field. */
public class ProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }
}

package org.postops.media.qc;

/** The file could not be checked (missing, damaged, no audio for a loudness rule, FFmpeg failed): never a pass. */
public class QcException extends Exception {

    private static final long serialVersionUID = 1L;

    public QcException(String message) {
        super(message);
    }
}

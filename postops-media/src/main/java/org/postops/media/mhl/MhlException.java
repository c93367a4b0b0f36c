package org.postops.media.mhl;

/**
 * A history that cannot be used as it is: missing, its chain broken, a manifest modified, missing or not
 * valid ASC MHL. Carries the exit code the command line returns for it.
 */
public final class MhlException extends Exception {

    private final transient MhlExit exit;

    public MhlException(MhlExit exit, String message) {
        super(message);
        this.exit = exit;
    }

    public MhlException(MhlExit exit, String message, Throwable cause) {
        super(message, cause);
        this.exit = exit;
    }

    public MhlExit exit() {
        return exit;
    }
}

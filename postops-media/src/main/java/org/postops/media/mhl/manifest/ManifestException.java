package org.postops.media.mhl.manifest;

/**
 * A manifest or chain file that is not valid ASC MHL: not well-formed, not the schema's shape, or
 * carrying a DTD or entities (refused).
 */
public final class ManifestException extends Exception {

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}

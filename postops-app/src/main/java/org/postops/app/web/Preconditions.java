package org.postops.app.web;

import java.util.Optional;

/**
 * Optimistic concurrency: a representation's ETag is its version; an update may carry it back as
 * {@code If-Match} (or as a {@code version} field) and is refused with 412 if someone wrote in between.
 * An update that carries neither is applied to the current version (docs/decisions/0004-preconditions.md).
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    public static Optional<Integer> expectedVersion(String ifMatch, Integer versionField) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                int version = Integer.parseInt(tag);
                if (versionField != null && versionField != version) {
                    throw Problem.badField("version", "does not match the If-Match header");
                }
                return Optional.of(version);
            } catch (NumberFormatException e) {
                // RFC 9110: an If-Match that matches no current representation fails the precondition
                throw Problem.stale("the object");
            }
        }
        return Optional.ofNullable(versionField);
    }
}

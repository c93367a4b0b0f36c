package org.postops.app.access;

import java.time.Instant;

/** A personal access token as its owner sees it later: never the secret itself, only its first characters. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant revokedAt, Instant lastUsedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}

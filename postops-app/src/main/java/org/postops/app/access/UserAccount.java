package org.postops.app.access;

import java.time.Instant;

/** A person who can sign in, as the API shows them (never with a password hash). */
public record UserAccount(long id, String username, String displayName, String email, String timeZone,
        Role role, boolean active, int version, Instant createdAt) {

    public Viewer asViewer() {
        return new Viewer(id, username, displayName, role, java.time.ZoneId.of(timeZone));
    }
}

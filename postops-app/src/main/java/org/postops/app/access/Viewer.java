package org.postops.app.access;

import java.time.ZoneId;

/** The signed-in person a request acts for. Every query of production data takes one. */
public record Viewer(long id, String username, String displayName, Role role, ZoneId zone)
        implements java.io.Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isClient() {
        return role == Role.CLIENT;
    }
}

package org.postops.app.access;

/** A person's role across the facility; per-production roles are members' roles. */
public enum Role {
    /** Runs the PostOps installation: users, audit; sees every production. */
    ADMIN,
    /** Facility staff: editors, colourists, supervisors, producers. */
    STAFF,
    /** Technical support: engineers, machine room. */
    SUPPORT,
    /** A client or exec producer: sees only the productions they are a member of. */
    CLIENT
}

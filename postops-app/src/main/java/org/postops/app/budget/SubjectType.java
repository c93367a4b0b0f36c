package org.postops.app.budget;

/** What a rate prices: a production role's time, a kind of kit, or a kind of room. */
public enum SubjectType {
    /** A member role on a production (editor, colourist...): the subject is the role's name. */
    ROLE,
    /** A kind of kit (free text key such as {@code baselight-x}) until kit arrives in PostOps. */
    KIT,
    /** A kind of room (free text key such as {@code grading-theatre}). */
    ROOM
}

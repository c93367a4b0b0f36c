package org.postops.app.kit;

import java.time.Instant;

/** A room or suite: an edit suite, the grading theatre, a dubbing stage, the machine room. */
public record Room(long id, int version, String name, RoomType kind, String location, String notes, boolean retired,
        int kitCount, Instant createdAt, Instant updatedAt) {

    public RoomFields fields() {
        return new RoomFields(name, kind, location, notes, retired);
    }
}

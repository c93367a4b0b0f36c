package org.postops.app.kit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What may be set on a room. Retiring keeps it (and its history of bookings); it takes no new ones. */
public record RoomFields(@NotBlank @Size(max = 200) String name, @NotNull RoomType kind,
        @Size(max = 200) String location, @Size(max = 10000) String notes, Boolean retired) {

    public RoomFields stripped() {
        return new RoomFields(KitFields.strip(name), kind, KitFields.strip(location), KitFields.strip(notes),
                retired != null && retired);
    }
}

package org.postops.app.kit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A booking as asked for: one kit item or one room, the production, optionally a stage or task, the days. */
public record BookingFields(Long kitId, Long roomId, Long productionId, Long stageId, Long taskId,
        @NotNull LocalDate firstDay, @NotNull LocalDate lastDay, @Size(max = 2000) String note) {

    public BookingFields stripped() {
        return new BookingFields(kitId, roomId, productionId, stageId, taskId, firstDay, lastDay,
                KitFields.strip(note));
    }
}

package org.postops.app.kit;

import java.time.LocalDate;

/**
 * Kit or a room held for a production (and perhaps one of its stages or tasks) from {@code firstDay} to
 * {@code lastDay} inclusive. To someone who may not see the production it is only {@code busy}: the dates,
 * and no id, production, stage, task or note (decision 0019).
 */
public record Booking(Long id, Integer version, Long kitId, String kitName, Long roomId, String roomName,
        Long productionId, String productionName, Long stageId, String stageName, Long taskId, String taskTitle,
        LocalDate firstDay, LocalDate lastDay, String note, boolean busy) {

    /** The same booking as an outsider sees it. */
    Booking anonymous() {
        return new Booking(null, null, kitId, kitName, roomId, roomName, null, null, null, null, null, null, firstDay,
                lastDay, null, true);
    }

    public BookingFields fields() {
        return new BookingFields(kitId, roomId, productionId, stageId, taskId, firstDay, lastDay, note);
    }
}

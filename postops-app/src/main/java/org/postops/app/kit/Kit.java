package org.postops.app.kit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A kit item in full, as its page and {@code GET /api/v1/kit/{id}} show it, with what needs attention
 * (safety test or licence due or past) worked out for today.
 */
public record Kit(long id, int version, KitType kind, String name, String make, String model, String serialNumber,
        String assetTag, Long roomId, String roomName, String location, KitStatus status, Map<String, Object> specs,
        List<KitFields.Software> software, Integer licenceSeats, LocalDate licenceExpires, LocalDate patDue,
        String notes, List<Attention> attention, Instant createdAt, Instant updatedAt) {

    public KitFields fields() {
        return new KitFields(kind, name, make, model, serialNumber, assetTag, roomId, location, status, specs, software,
                licenceSeats, licenceExpires, patDue, notes);
    }
}

package org.postops.app.kit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What may be set on a kit item, as the API and the forms take it. {@code specs} holds text or numbers
 * (cpu, gpu, ramGb, os...); {@code software} what is installed, each with its version.
 */
public record KitFields(
        @NotNull KitType kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String make,
        @Size(max = 100) String model,
        @Size(max = 100) String serialNumber,
        @Size(max = 64) String assetTag,
        Long roomId,
        @Size(max = 200) String location,
        KitStatus status,
        Map<String, Object> specs,
        @Size(max = 200) List<@Valid Software> software,
        @PositiveOrZero Integer licenceSeats,
        LocalDate licenceExpires,
        LocalDate patDue,
        @Size(max = 10000) String notes) {

    /** One installed application (or firmware) and its version. */
    public record Software(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String version) {
    }

    /** Blank text as absent, text stripped, lists and maps never null; status in service unless said. */
    public KitFields stripped() {
        Map<String, Object> s = new LinkedHashMap<>();
        if (specs != null) {
            specs.forEach((k, v) -> {
                if (v != null) { // a merge patch clears a spec with null
                    s.put(k == null ? "" : k.strip(), v instanceof String t ? t.strip() : v);
                }
            });
        }
        List<Software> sw = software == null ? List.of() : software.stream()
                .map(x -> x == null ? new Software(null, null) : new Software(strip(x.name()), strip(x.version())))
                .toList();
        return new KitFields(kind, strip(name), strip(make), strip(model), strip(serialNumber), strip(assetTag), roomId,
                strip(location), status == null ? KitStatus.IN_SERVICE : status, s, sw, licenceSeats, licenceExpires,
                patDue, strip(notes));
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

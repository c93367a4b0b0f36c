package org.postops.app.kit.web;

import java.util.ArrayList;
import java.util.List;
import org.postops.app.kit.Kit;
import org.postops.app.kit.csv.KitCsv;
import org.postops.app.kit.KitFields;
import org.postops.app.kit.KitStatus;
import org.postops.app.kit.KitType;
import org.postops.app.web.Inputs;
import org.postops.app.web.Problem;

/**
 * The kit form as typed: every field as text, so a wrong entry comes back next to its field. Specifications
 * and software are typed as the CSV writes them ({@code key=value; ...}, {@code name version; ...}).
 */
public record KitForm(String kind, String name, String make, String model, String serialNumber, String assetTag,
        String roomId, String location, String status, String specs, String software, String licenceSeats,
        String licenceExpires, String patDue, String notes, String version) {

    static KitForm empty() {
        return new KitForm("WORKSTATION", null, null, null, null, null, null, null, "IN_SERVICE", null, null, null,
                null, null, null, null);
    }

    static KitForm of(Kit k) {
        return new KitForm(k.kind().name(), k.name(), k.make(), k.model(), k.serialNumber(), k.assetTag(),
                k.roomId() == null ? null : k.roomId().toString(), k.location(), k.status().name(),
                KitCsv.specs(k.specs()), KitCsv.software(k.software()),
                k.licenceSeats() == null ? null : k.licenceSeats().toString(),
                k.licenceExpires() == null ? null : k.licenceExpires().toString(),
                k.patDue() == null ? null : k.patDue().toString(), k.notes(), Integer.toString(k.version()));
    }

    /** The fields, or every complaint at once (under the API's field names). */
    KitFields fields() {
        return fields(f -> List.of());
    }

    /**
     * The same, and when something was mistyped, what {@code service} (the register's own checks) says about the
     * other fields too, so that the form shows them all in one round.
     */
    KitFields fields(java.util.function.Function<KitFields, List<Problem.FieldError>> service) {
        Inputs in = new Inputs();
        List<Problem.FieldError> errors = new ArrayList<>();
        KitFields f = new KitFields(in.choice("kind", KitType.class, kind), Inputs.text(name), Inputs.text(make),
                Inputs.text(model), Inputs.text(serialNumber), Inputs.text(assetTag), in.id("roomId", roomId),
                Inputs.text(location), in.choice("status", KitStatus.class, status),
                KitCsv.readSpecs(specs, "specs", errors), KitCsv.readSoftware(software, "software", errors),
                in.whole("licenceSeats", licenceSeats), in.date("licenceExpires", licenceExpires),
                in.date("patDue", patDue), Inputs.text(notes));
        errors.forEach(e -> in.add(e.field(), e.message()));
        in.check(() -> service.apply(f));
        return f;
    }

    Integer expectedVersion() {
        Inputs in = new Inputs();
        Integer v = in.whole("version", version);
        in.check();
        return v;
    }
}

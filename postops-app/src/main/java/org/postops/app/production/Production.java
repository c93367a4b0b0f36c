package org.postops.app.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.postops.app.access.Confidentiality;
import org.postops.app.access.MemberRole;

/** A production as its viewers see it, with the viewer's own role on it ({@code myRole}, null if none). */
public record Production(long id, int version, String name, String codename, String client, ProductionType type,
        ProductionStatus status, Confidentiality confidentiality, LocalDate startDate, LocalDate pictureLockDate,
        LocalDate deliveryDate, String currency, Brief brief, Spec spec, List<Stage> stages, MemberRole myRole,
        Instant createdAt, Instant updatedAt) {

    public ProductionFields fields() {
        return new ProductionFields(name, codename, client, type, status, confidentiality, startDate,
                pictureLockDate, deliveryDate, currency, brief, spec);
    }
}

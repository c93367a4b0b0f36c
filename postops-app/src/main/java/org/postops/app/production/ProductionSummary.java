package org.postops.app.production;

import java.time.LocalDate;
import org.postops.app.access.Confidentiality;
import org.postops.app.access.MemberRole;

/** A production in a list: enough to recognise and open it. */
public record ProductionSummary(long id, String name, String codename, String client, ProductionType type,
        ProductionStatus status, Confidentiality confidentiality, LocalDate deliveryDate, MemberRole myRole,
        long openTasks) {
}

package org.postops.app.audit;

import java.time.Instant;

/** One line of the audit trail, as stored. {@code before} and {@code after} are JSON, or null. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType,
        String objectId, Long productionId, String remoteAddress, String before, String after,
        String prevHash, String hash) {
}

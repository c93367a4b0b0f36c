package org.postops.app.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its entry are written
 * together or not at all. Security events that have no transaction of their own get one.
 */
@Service
public class AuditTrail {

    private final AuditRepository repository;
    private final JsonMapper json;

    AuditTrail(AuditRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** What happened, to what, with its values before and after (objects are written as JSON). */
    public record Event(String actor, String action, String objectType, Object objectId, Long productionId,
            Object before, Object after) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Event event) {
        append(event, RequestOrigin.remoteAddress());
    }

    /** For security events (logins, refusals) that happen outside any change. */
    @Transactional
    public void recordSecurity(String actor, String action, String detail, String remoteAddress) {
        append(new Event(actor, action, "security", null, null, null,
                detail == null ? null : Map.of("detail", detail)), remoteAddress);
    }

    private void append(Event event, String remoteAddress) {
        AuditRepository.Head head = repository.lockHead();
        long id = head.lastId() + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String before = toJson(event.before());
        String after = toJson(event.after());
        String objectId = event.objectId() == null ? null : event.objectId().toString();
        String hash = AuditChain.hash(head.lastHash(), id, at, event.actor(), event.action(), event.objectType(),
                objectId, event.productionId(), remoteAddress, before, after);
        repository.insert(new AuditEntry(id, at, event.actor(), event.action(), event.objectType(), objectId,
                event.productionId(), remoteAddress, before, after, head.lastHash(), hash));
        repository.moveHead(id, hash);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
    }

    @Transactional(readOnly = true)
    public AuditChain.Verdict verify() {
        AuditRepository.Head head = repository.head();
        Iterator<AuditEntry> all = repository.streamAll();
        return AuditChain.verify(all, head.lastId(), head.lastHash());
    }
}

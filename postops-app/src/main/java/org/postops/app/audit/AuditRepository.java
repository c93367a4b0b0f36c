package org.postops.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored chain. Public so that {@code postops audit verify} can read it over a plain connection
 * without starting the server.
 */
@Repository
public class AuditRepository {

    /** The newest entry written, as recorded in audit_head. */
    public record Head(long lastId, String lastHash) {
    }

    /** Filters for browsing the trail; null fields do not filter. */
    public record Filter(String actor, String action, String objectType, Long productionId, Instant from,
            Instant to) {
    }

    private static final String COLUMNS = "id, occurred_at, actor, action, object_type, object_id, production_id, "
            + "remote_address, before_value, after_value, prev_hash, entry_hash";
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        long production = rs.getLong("production_id");
        Long productionId = rs.wasNull() ? null : production; // at once: wasNull() speaks of the last column read
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), productionId, rs.getString("remote_address"),
                rs.getString("before_value"), rs.getString("after_value"), rs.getString("prev_hash"),
                rs.getString("entry_hash"));
    }

    Head lockHead() {
        return jdbc.sql("select last_id, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public Head head() {
        return jdbc.sql("select last_id, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    void moveHead(long id, String hash) {
        jdbc.sql("update audit_head set last_id = ?, last_hash = ? where id = 1").params(id, hash).update();
    }

    void insert(AuditEntry e) {
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.occurredAt().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.objectType(),
                        e.objectId(), e.productionId(), e.remoteAddress(), e.before(), e.after(), e.prevHash(),
                        e.hash())
                .update();
    }

    /** Every entry in id order, read in batches so that a long trail never sits in memory whole. */
    public Iterator<AuditEntry> streamAll() {
        return new Iterator<>() {
            private List<AuditEntry> batch = new ArrayList<>();
            private int next;
            private long after = Long.MIN_VALUE;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < batch.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                batch = jdbc.sql("select " + COLUMNS + " from audit_entry where id > ? order by id limit ?")
                        .params(after, BATCH).query(AuditRepository::map).list();
                next = 0;
                exhausted = batch.size() < BATCH;
                if (!batch.isEmpty()) {
                    after = batch.get(batch.size() - 1).id();
                }
                return !batch.isEmpty();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(next++);
            }
        };
    }

    List<AuditEntry> find(Filter f, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where " + where()
                        + " order by id desc limit :limit offset :offset")
                .params(params(f)).param("limit", limit).param("offset", offset)
                .query(AuditRepository::map).list();
    }

    long count(Filter f) {
        return jdbc.sql("select count(*) from audit_entry where " + where()).params(params(f))
                .query(Long.class).single();
    }

    private static String where() {
        return "(cast(:actor as varchar(64)) is null or actor = :actor)"
                + " and (cast(:action as varchar(64)) is null or action = :action)"
                + " and (cast(:objectType as varchar(64)) is null or object_type = :objectType)"
                + " and (cast(:productionId as bigint) is null or production_id = :productionId)"
                + " and (cast(:from as timestamp with time zone) is null or occurred_at >= :from)"
                + " and (cast(:to as timestamp with time zone) is null or occurred_at < :to)";
    }

    private static java.util.Map<String, Object> params(Filter f) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("actor", blankToNull(f.actor()));
        p.put("action", blankToNull(f.action()));
        p.put("objectType", blankToNull(f.objectType()));
        p.put("productionId", f.productionId());
        p.put("from", f.from() == null ? null : f.from().atOffset(ZoneOffset.UTC));
        p.put("to", f.to() == null ? null : f.to().atOffset(ZoneOffset.UTC));
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

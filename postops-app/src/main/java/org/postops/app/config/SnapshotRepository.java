package org.postops.app.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.postops.app.kit.KitType;
import org.postops.app.task.Person;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Snapshots and their flat keys. */
@Repository
class SnapshotRepository {

    /** The kit facts configurations need. */
    record KitRef(long id, String name, KitType kind) {
    }

    /** A production a kit is booked to, today or later. */
    record Booked(long productionId, String productionName) {
    }

    private static final String SUMMARY = """
            select s.id, s.kit_id, s.taken_at, s.received_at, s.source, s.key_count, u.username, u.display_name
            from config_snapshot s join app_user u on u.id = s.submitted_by
            """;
    /** Newest first: by when taken, then by when received (two taken in the same instant). */
    private static final String NEWEST = " order by s.taken_at desc, s.received_at desc, s.id desc";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SnapshotRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // snapshots

    void insert(long id, long kitId, Instant takenAt, Instant receivedAt, SnapshotSource source, long by, String body,
            SortedMap<String, String> values) {
        jdbc.sql("""
                insert into config_snapshot (id, kit_id, taken_at, received_at, source, submitted_by, body, key_count)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, kitId, utc(takenAt), utc(receivedAt), source.name(), by, body, values.size()).update();
        List<Object[]> rows = new ArrayList<>(values.size());
        values.forEach((k, v) -> rows.add(new Object[] {id, k, v}));
        batch.batchUpdate("insert into config_snapshot_value (snapshot_id, config_key, config_value) values (?, ?, ?)",
                rows);
    }

    Optional<SnapshotSummary> find(long kitId, long snapshotId) {
        return jdbc.sql(SUMMARY + " where s.id = ? and s.kit_id = ?").params(snapshotId, kitId)
                .query(SnapshotRepository::summary).optional();
    }

    Optional<String> body(long snapshotId) {
        return jdbc.sql("select body from config_snapshot where id = ?").param(snapshotId).query(String.class)
                .optional();
    }

    SortedMap<String, String> values(long snapshotId) {
        TreeMap<String, String> values = new TreeMap<>();
        jdbc.sql("select config_key, config_value from config_snapshot_value where snapshot_id = ?").param(snapshotId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        return values;
    }

    List<SnapshotSummary> history(long kitId, long offset, int limit) {
        return jdbc.sql(SUMMARY + " where s.kit_id = :kit" + NEWEST + " limit :limit offset :offset")
                .param("kit", kitId).param("limit", limit).param("offset", offset)
                .query(SnapshotRepository::summary).list();
    }

    long count(long kitId) {
        return jdbc.sql("select count(*) from config_snapshot where kit_id = ?").param(kitId).query(Long.class)
                .single();
    }

    Optional<SnapshotSummary> latest(long kitId) {
        return jdbc.sql(SUMMARY + " where s.kit_id = :kit" + NEWEST + " limit 1").param("kit", kitId)
                .query(SnapshotRepository::summary).optional();
    }

    /** The last two snapshots taken at or before the instant, newest first. */
    List<SnapshotSummary> lastTwoAtOrBefore(long kitId, Instant at) {
        return jdbc.sql(SUMMARY + " where s.kit_id = :kit and s.taken_at <= :at" + NEWEST + " limit 2")
                .param("kit", kitId).param("at", utc(at)).query(SnapshotRepository::summary).list();
    }

    /** Locks the kit's row while a snapshot is added, so two arriving together judge drift one after the other. */
    void lockKit(long kitId) {
        jdbc.sql("select id from kit where id = ? for update").param(kitId).query(Long.class).optional();
    }

    private static SnapshotSummary summary(ResultSet rs, int n) throws SQLException {
        return new SnapshotSummary(rs.getLong("id"), rs.getLong("kit_id"), instant(rs, "taken_at"),
                instant(rs, "received_at"), SnapshotSource.valueOf(rs.getString("source")),
                new Person(rs.getString("username"), rs.getString("display_name")), rs.getInt("key_count"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.postops.app.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.postops.app.task.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Change requests, their proposed changes and their history. Reads by id take the viewer. */
@Repository
class ChangeRequestRepository {

    /** A stored request, before its changes and history are added. */
    record Row(long id, int version, long productionId, String productionName, String title, String requestedBy,
            String reason, ChangeStatus status, long raisedById, Person raisedBy, Instant raisedAt, Person decidedBy,
            Instant decidedAt, String decisionNote, int changes) {
    }

    /** A stored proposed change: its body is JSON text. */
    record Item(long id, ChangeKind kind, Long taskId, String body) {
    }

    private static final String SELECT = """
            select c.id, c.version, c.production_id, p.name as production_name, c.title, c.requested_by, c.reason,
                   c.status, c.raised_by, c.raised_at, c.decided_at, c.decision_note,
                   r.username as raised_username, r.display_name as raised_name,
                   d.username as decided_username, d.display_name as decided_name,
                   (select count(*) from change_request_item i where i.change_request_id = c.id) as changes
            from change_request c join production p on p.id = c.production_id
            join app_user r on r.id = c.raised_by left join app_user d on d.id = c.decided_by
            """;

    private final JdbcClient jdbc;

    ChangeRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " where c.id = :id and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query(ChangeRequestRepository::map).optional();
    }

    /** A production's requests (already checked visible), newest first. */
    List<Row> ofProduction(long productionId, ChangeStatus status, long offset, int limit) {
        return jdbc.sql(SELECT + " where c.production_id = :production"
                        + (status == null ? "" : " and c.status = :status")
                        + " order by c.raised_at desc, c.id limit :limit offset :offset")
                .param("production", productionId).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset).query(ChangeRequestRepository::map).list();
    }

    long countOfProduction(long productionId, ChangeStatus status) {
        return jdbc.sql("select count(*) from change_request c where c.production_id = :production"
                        + (status == null ? "" : " and c.status = :status"))
                .param("production", productionId).param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }

    void insert(long id, long productionId, ChangeRequestFields f, long raisedBy, Instant now) {
        jdbc.sql("""
                insert into change_request (id, production_id, title, requested_by, reason, status, raised_by,
                                            raised_at, version)
                values (?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)""")
                .params(id, productionId, f.title(), f.requestedBy(), f.reason(), raisedBy, utc(now)).update();
    }

    boolean update(long id, ChangeRequestFields f, int expectedVersion) {
        return jdbc.sql("""
                update change_request set title = ?, requested_by = ?, reason = ?, version = version + 1
                where id = ? and version = ?""")
                .params(f.title(), f.requestedBy(), f.reason(), id, expectedVersion).update() == 1;
    }

    /** Moves the request on, if nobody else has since it was read. */
    boolean decide(long id, ChangeStatus status, Long decidedBy, Instant at, String note, int expectedVersion) {
        return jdbc.sql("""
                update change_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                                          version = version + 1
                where id = ? and version = ?""")
                .params(status.name(), decidedBy, at == null ? null : utc(at), note, id, expectedVersion)
                .update() == 1;
    }

    /** Marks the request changed (a change proposed or withdrawn), so a decision taken on an older view fails. */
    boolean touch(long id, int expectedVersion) {
        return jdbc.sql("update change_request set version = version + 1 where id = ? and version = ?")
                .params(id, expectedVersion).update() == 1;
    }

    List<Item> items(long requestId) {
        return jdbc.sql("""
                select id, kind, task_id, body from change_request_item where change_request_id = ?
                order by sort_order, id""")
                .param(requestId)
                .query((rs, n) -> {
                    long task = rs.getLong("task_id");
                    return new Item(rs.getLong("id"), ChangeKind.valueOf(rs.getString("kind")),
                            rs.wasNull() ? null : task, rs.getString("body"));
                })
                .list();
    }

    void insertItem(long id, long requestId, ChangeKind kind, Long taskId, String body) {
        jdbc.sql("""
                insert into change_request_item (id, change_request_id, sort_order, kind, task_id, body)
                values (?, ?, (select coalesce(max(sort_order), 0) + 1 from change_request_item
                               where change_request_id = ?), ?, ?, ?)""")
                .params(id, requestId, requestId, kind.name(), taskId, body).update();
    }

    boolean deleteItem(long requestId, long itemId) {
        return jdbc.sql("delete from change_request_item where id = ? and change_request_id = ?")
                .params(itemId, requestId).update() == 1;
    }

    List<ChangeRequest.Step> history(long requestId) {
        return jdbc.sql("""
                select e.occurred_at, e.action, e.note, u.username, u.display_name
                from change_request_event e join app_user u on u.id = e.actor
                where e.change_request_id = ? order by e.occurred_at, e.id""")
                .param(requestId)
                .query((rs, n) -> new ChangeRequest.Step(instant(rs, "occurred_at"),
                        new Person(rs.getString("username"), rs.getString("display_name")), rs.getString("action"),
                        rs.getString("note")))
                .list();
    }

    void insertStep(long id, long requestId, Instant at, long actor, String action, String note, String impact) {
        jdbc.sql("""
                insert into change_request_event (id, change_request_id, occurred_at, actor, action, note, impact)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, requestId, utc(at), actor, action, note, impact).update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String decided = rs.getString("decided_username");
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("production_id"),
                rs.getString("production_name"), rs.getString("title"), rs.getString("requested_by"),
                rs.getString("reason"), ChangeStatus.valueOf(rs.getString("status")), rs.getLong("raised_by"),
                new Person(rs.getString("raised_username"), rs.getString("raised_name")), instant(rs, "raised_at"),
                decided == null ? null : new Person(decided, rs.getString("decided_name")), instant(rs, "decided_at"),
                rs.getString("decision_note"), rs.getInt("changes"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.postops.app.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Job runs. Reads for people take the viewer and filter by the production's confidentiality in SQL. */
@Repository
class JobRepository {

    /** What the dispatcher needs besides the run: the bean that does the work. */
    record Stored(JobRun run, String work) {
    }

    private static final String SELECT = """
            select r.id, r.kind, r.production_id, r.subject_type, r.subject_id, r.title, r.status, r.files_done,
                   r.files_total, r.bytes_done, r.bytes_total, r.message, r.work, r.created_by,
                   u.display_name as created_name, u.username as created_username, r.created_at, r.started_at, r.finished_at, r.version
            from job_run r join app_user u on u.id = r.created_by left join production p on p.id = r.production_id
            """;

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs the viewer may see: of a production they may see (and, for clients, of kinds shown to clients), or,
     * for everyone but clients, of no production.
     */
    private static String visible(Viewer viewer) {
        if (viewer.isClient()) {
            return "(r.production_id is not null and r.client_visible and "
                    + ConfidentialityPolicy.visibleSql(viewer, "p") + ")";
        }
        return "(r.production_id is null or " + ConfidentialityPolicy.visibleSql(viewer, "p") + ")";
    }

    Optional<JobRun> find(Viewer viewer, long id, Instant now) {
        return jdbc.sql(SELECT + " where r.id = :id and " + visible(viewer)).param("id", id)
                .param("viewerId", viewer.id()).query((rs, n) -> map(rs, now)).optional();
    }

    Optional<Stored> stored(long id, Instant now) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id)
                .query((rs, n) -> new Stored(map(rs, now), rs.getString("work"))).optional();
    }

    List<JobRun> ofSubject(Viewer viewer, String subjectType, long subjectId, int limit, Instant now) {
        return jdbc.sql(SELECT + " where r.subject_type = :type and r.subject_id = :subject and " + visible(viewer)
                        + " order by r.created_at desc, r.id limit :limit")
                .param("type", subjectType).param("subject", subjectId).param("limit", limit)
                .param("viewerId", viewer.id()).query((rs, n) -> map(rs, now)).list();
    }

    List<JobRun> ofProduction(Viewer viewer, long productionId, int limit, Instant now) {
        return jdbc.sql(SELECT + " where r.production_id = :production and " + visible(viewer)
                        + " order by r.created_at desc, r.id limit :limit")
                .param("production", productionId).param("limit", limit).param("viewerId", viewer.id())
                .query((rs, n) -> map(rs, now)).list();
    }

    void insert(long id, String kind, Long productionId, String subjectType, long subjectId, String title,
            String work, boolean clientVisible, long createdBy, Instant now) {
        jdbc.sql("""
                insert into job_run (id, kind, production_id, subject_type, subject_id, title, status, files_done,
                                     files_total, bytes_done, bytes_total, work, client_visible, created_by,
                                     created_at, version)
                values (?, ?, ?, ?, ?, ?, 'QUEUED', 0, 0, 0, 0, ?, ?, ?, ?, 0)""")
                .params(id, kind, productionId, subjectType, subjectId, title, work, clientVisible, createdBy,
                        utc(now))
                .update();
    }

    /** QUEUED → RUNNING on this node; false when the run is gone or no longer queued (cancelled). */
    boolean start(long id, String node, Instant now) {
        return jdbc.sql("""
                update job_run set status = 'RUNNING', node = ?, started_at = ?, version = version + 1
                where id = ? and status = 'QUEUED'""").params(node, utc(now), id).update() == 1;
    }

    /** Writes progress; false when the run is no longer running (cancelled). */
    boolean progress(long id, long files, long filesTotal, long bytes, long bytesTotal) {
        return jdbc.sql("""
                update job_run set files_done = ?, files_total = ?, bytes_done = ?, bytes_total = ?,
                                   version = version + 1
                where id = ? and status = 'RUNNING'""")
                .params(files, filesTotal, bytes, bytesTotal, id).update() == 1;
    }

    /** RUNNING or QUEUED → a final status; false when it had already finished. */
    boolean finish(long id, JobStatus status, String message, Instant now) {
        return jdbc.sql("""
                update job_run set status = ?, message = ?, finished_at = ?, version = version + 1
                where id = ? and status in ('QUEUED', 'RUNNING')""")
                .params(status.name(), message, utc(now), id).update() == 1;
    }

    /** Runs this node was running when it stopped (started before it came up) become FAILED. */
    int failInterrupted(String node, Instant bootedAt, String message, Instant now) {
        return jdbc.sql("""
                update job_run set status = 'FAILED', message = ?, finished_at = ?, version = version + 1
                where status = 'RUNNING' and node = ? and started_at < ?""")
                .params(message, utc(now), node, utc(bootedAt)).update();
    }

    /** This node is alive at {@code now}: its heartbeat row, written or moved forward. */
    void beat(String node, Instant now) {
        if (jdbc.sql("update job_node set heartbeat_at = ? where node = ?").params(utc(now), node).update() == 0) {
            try {
                jdbc.sql("insert into job_node (node, heartbeat_at) values (?, ?)").params(node, utc(now)).update();
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                jdbc.sql("update job_node set heartbeat_at = ? where node = ?").params(utc(now), node).update();
            }
        }
    }

    /**
     * Runs another node started before {@code silentSince} and still calls RUNNING, when that node has given no
     * sign of life since then, become FAILED; the message is {@code before} + the node's name + {@code after}.
     */
    int failOfSilentNodes(String me, Instant silentSince, String before, String after, Instant now) {
        return jdbc.sql("""
                update job_run set status = 'FAILED', message = concat(?, node, ?), finished_at = ?,
                                   version = version + 1
                where status = 'RUNNING' and node <> ? and started_at < ?
                  and not exists (select 1 from job_node n where n.node = job_run.node and n.heartbeat_at >= ?)""")
                .params(before, after, utc(now), me, utc(silentSince), utc(silentSince)).update();
    }

    private static JobRun map(ResultSet rs, Instant now) throws SQLException {
        long production = rs.getLong("production_id");
        return JobRun.of(rs.getLong("id"), rs.getString("kind"), rs.wasNull() ? null : production,
                rs.getString("subject_type"), rs.getLong("subject_id"), rs.getString("title"),
                JobStatus.valueOf(rs.getString("status")), rs.getLong("files_done"), rs.getLong("files_total"),
                rs.getLong("bytes_done"), rs.getLong("bytes_total"), rs.getString("message"),
                rs.getLong("created_by"), rs.getString("created_name"), rs.getString("created_username"),
                instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("version"), now);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.postops.app.delivery;

import java.math.BigDecimal;
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

/** Media assets and their QC runs. Reads for people filter by the production's confidentiality in SQL. */
@Repository
class DeliveryRepository {

    /** What a job needs of an asset to open its file. */
    record Place(long assetId, long productionId, String label, AssetOrigin origin, Long volumeId,
            String relativePath, String fileName, long createdBy) {
    }

    /** An asset row as stored, before the deliverable's name and the latest run are added. */
    record Row(MediaAsset asset, String metadata) {
    }

    private static final String ASSET = """
            select a.id, a.version, a.production_id, p.name as production_name, a.label, a.origin, a.volume_id,
                   v.name as volume_name, v.root_path, a.relative_path, a.file_name, a.size_bytes, a.deliverable_id,
                   a.container, a.duration_ms, a.frame_width, a.frame_height, a.frame_rate, a.scan, a.start_timecode,
                   a.audio_layout, a.metadata, a.created_by, u.display_name as created_name, a.created_at
            from media_asset a join production p on p.id = a.production_id
                 left join volume v on v.id = a.volume_id join app_user u on u.id = a.created_by
            """;

    private static final String RUN = """
            select q.id, q.asset_id, a.label as asset_label, q.production_id, q.job_run_id, j.status as job_status,
                   q.verdict, q.deliverable_id, q.profile_id, q.profile_name, q.integrated_lufs, q.lra_lu,
                   q.true_peak_dbtp, q.rules_failed, q.rules_warned, q.events, q.message,
                   q.html_report, q.created_by, u.display_name as created_name, q.created_at, q.finished_at %s
            from qc_run q join media_asset a on a.id = q.asset_id join production p on p.id = q.production_id
                 join job_run j on j.id = q.job_run_id join app_user u on u.id = q.created_by
            """;

    private final JdbcClient jdbc;
    private final String uploads;

    DeliveryRepository(JdbcClient jdbc, org.postops.app.system.DataSettings.Data data) {
        this.jdbc = jdbc;
        this.uploads = data.data().toAbsolutePath().normalize().resolve("uploads").toString();
    }

    // ------------------------------------------------------------------ assets

    Optional<Row> asset(Viewer viewer, long id) {
        return jdbc.sql(ASSET + " where a.id = :id and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query((rs, n) -> row(rs)).optional();
    }

    List<MediaAsset> assets(Viewer viewer, long productionId) {
        return jdbc.sql(ASSET + " where a.production_id = :production and "
                        + ConfidentialityPolicy.visibleSql(viewer, "p") + " order by a.created_at desc, a.id")
                .param("production", productionId).param("viewerId", viewer.id())
                .query((rs, n) -> row(rs).asset()).list();
    }

    boolean registered(long productionId, Long volumeId, String relativePath) {
        return jdbc.sql("select count(*) from media_asset where production_id = ? and volume_id = ? "
                        + "and relative_path = ?")
                .params(productionId, volumeId, relativePath).query(Long.class).single() > 0;
    }

    void insertAsset(long id, long productionId, String label, AssetOrigin origin, Long volumeId,
            String relativePath, String fileName, long size, Long deliverableId, AssetFacts f, String metadata,
            long createdBy, Instant now) {
        jdbc.sql("""
                insert into media_asset (id, production_id, label, origin, volume_id, relative_path, file_name,
                    size_bytes, deliverable_id, container, duration_ms, frame_width, frame_height, frame_rate, scan,
                    start_timecode, audio_layout, metadata, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, productionId, label, origin.name(), volumeId, relativePath, fileName, size, deliverableId,
                        f.container(), f.durationSeconds() == null ? null
                                : f.durationSeconds().movePointRight(3).setScale(0, java.math.RoundingMode.HALF_EVEN)
                                        .longValueExact(),
                        f.frameWidth(), f.frameHeight(), f.frameRate(), f.scan(), f.startTimecode(), f.audioLayout(),
                        metadata, createdBy, utc(now), utc(now))
                .update();
    }

    boolean updateAsset(long id, String label, Long deliverableId, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update media_asset set label = ?, deliverable_id = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(label, deliverableId, utc(now), id, expectedVersion).update() == 1;
    }

    Optional<Place> place(long assetId) {
        return jdbc.sql("select id, production_id, label, origin, volume_id, relative_path, file_name, created_by "
                        + "from media_asset where id = ?").param(assetId)
                .query((rs, n) -> new Place(rs.getLong("id"), rs.getLong("production_id"), rs.getString("label"),
                        AssetOrigin.valueOf(rs.getString("origin")), longOrNull(rs, "volume_id"),
                        rs.getString("relative_path"), rs.getString("file_name"), rs.getLong("created_by")))
                .optional();
    }

    private Row row(ResultSet rs) throws SQLException {
        AssetOrigin origin = AssetOrigin.valueOf(rs.getString("origin"));
        String relative = rs.getString("relative_path");
        String location = origin == AssetOrigin.VOLUME
                ? (rs.getString("root_path") == null ? null : rs.getString("root_path") + "/" + relative)
                : uploads + "/" + relative;
        long ms = rs.getLong("duration_ms");
        BigDecimal duration = rs.wasNull() ? null : BigDecimal.valueOf(ms).movePointLeft(3);
        AssetFacts facts = new AssetFacts(rs.getString("container"), duration, intOrNull(rs, "frame_width"),
                intOrNull(rs, "frame_height"), rs.getString("frame_rate"), rs.getString("scan"),
                rs.getString("start_timecode"), rs.getString("audio_layout"));
        MediaAsset a = new MediaAsset(rs.getLong("id"), rs.getInt("version"), rs.getLong("production_id"),
                rs.getString("production_name"), rs.getString("label"), origin, longOrNull(rs, "volume_id"),
                rs.getString("volume_name"), relative, location, rs.getString("file_name"), rs.getLong("size_bytes"),
                longOrNull(rs, "deliverable_id"), null, null, facts, null, null, rs.getLong("created_by"),
                rs.getString("created_name"), instant(rs, "created_at"));
        return new Row(a, rs.getString("metadata"));
    }

    // ------------------------------------------------------------------ QC runs

    void insertRun(long id, long assetId, long productionId, long jobRunId, Long deliverableId, String profileId,
            String profileName, long createdBy, Instant now) {
        jdbc.sql("""
                insert into qc_run (id, asset_id, production_id, job_run_id, deliverable_id, profile_id, profile_name,
                    created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, assetId, productionId, jobRunId, deliverableId, profileId, profileName, createdBy, utc(now))
                .update();
    }

    /** The run a job works on (no viewer: the job's side). */
    Optional<QcRun> runOfJob(long jobRunId) {
        return jdbc.sql(String.format(RUN, "") + " where q.job_run_id = ?").param(jobRunId)
                .query((rs, n) -> run(rs, false)).optional();
    }

    Optional<QcRun> run(Viewer viewer, long id, boolean withReport) {
        return jdbc.sql(String.format(RUN, withReport ? ", q.report" : "") + " where q.id = :id and "
                        + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query((rs, n) -> run(rs, withReport)).optional();
    }

    /** The HTML report's path under the data directory, of a run the viewer may see. */
    Optional<String> htmlReport(Viewer viewer, long id) {
        return jdbc.sql("select q.html_report from qc_run q join production p on p.id = q.production_id "
                        + "where q.id = :id and q.html_report is not null and "
                        + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query(String.class).optional();
    }

    List<QcRun> runsOfAsset(long assetId, int limit) {
        return jdbc.sql(String.format(RUN, "") + " where q.asset_id = ? order by q.created_at desc, q.id limit ?")
                .params(assetId, limit).query((rs, n) -> run(rs, false)).list();
    }

    /** Each asset's latest run, of one production. */
    List<QcRun> latestRuns(long productionId) {
        return jdbc.sql(String.format(RUN, "") + """
                 where q.production_id = ? and q.created_at = (select max(q2.created_at) from qc_run q2
                                                               where q2.asset_id = q.asset_id)""")
                .param(productionId).query((rs, n) -> run(rs, false)).list();
    }

    /**
     * Runs that reached a verdict against the deliverable their asset is still attached to, newest first: the
     * first of each deliverable is its latest verdict.
     */
    List<QcRun> verdictsByDeliverable(long productionId) {
        return jdbc.sql(String.format(RUN, "") + """
                 where q.production_id = ? and q.verdict is not null and q.deliverable_id = a.deliverable_id
                 order by q.finished_at desc, q.id""")
                .param(productionId).query((rs, n) -> run(rs, false)).list();
    }

    List<Long> attachedDeliverables(long productionId) {
        return jdbc.sql("select deliverable_id from media_asset where production_id = ? and deliverable_id is not null")
                .param(productionId).query(Long.class).list();
    }

    /** Writes the verdict of a run still without one; false when it already has one. */
    boolean finishRun(long id, String verdict, BigDecimal integrated, BigDecimal lra, BigDecimal truePeak,
            Integer rulesFailed, Integer rulesWarned, Integer events, String message, String report,
            String htmlReport, Instant now) {
        return jdbc.sql("""
                update qc_run set verdict = ?, integrated_lufs = ?, lra_lu = ?, true_peak_dbtp = ?, rules_failed = ?,
                                  rules_warned = ?, events = ?, message = ?, report = ?, html_report = ?,
                                  finished_at = ?
                where id = ? and verdict is null""")
                .params(verdict, integrated, lra, truePeak, rulesFailed, rulesWarned, events, message, report,
                        htmlReport, utc(now), id)
                .update() == 1;
    }

    private static QcRun run(ResultSet rs, boolean withReport) throws SQLException {
        String verdict = rs.getString("verdict");
        String job = rs.getString("job_status");
        String state = verdict != null ? verdict : switch (job) {
            case "QUEUED" -> "queued";
            case "RUNNING" -> "running";
            case "CANCELLED" -> "cancelled";
            default -> QcRun.COULD_NOT_CHECK; // the job ended without a verdict (it failed, or the server stopped)
        };
        return new QcRun(rs.getLong("id"), rs.getLong("asset_id"), rs.getString("asset_label"),
                rs.getLong("production_id"), rs.getLong("job_run_id"), state, verdict, longOrNull(rs, "deliverable_id"),
                rs.getString("profile_id"), rs.getString("profile_name"), rs.getBigDecimal("integrated_lufs"),
                rs.getBigDecimal("lra_lu"), rs.getBigDecimal("true_peak_dbtp"), intOrNull(rs, "rules_failed"),
                intOrNull(rs, "rules_warned"), intOrNull(rs, "events"), rs.getString("message"),
                rs.getString("html_report") != null, rs.getLong("created_by"), rs.getString("created_name"),
                instant(rs, "created_at"), instant(rs, "finished_at"),
                withReport && rs.getString("report") != null ? Json.read(rs.getString("report")) : null);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

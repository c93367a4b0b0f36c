package org.postops.app.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.postops.app.media.volume.MediaType;
import org.postops.app.media.volume.Site;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Media folders, their runs and the latest run's files. Reads of folders take the viewer and filter by the
 * production's confidentiality in SQL.
 */
@Repository
class MediaRepository {

    /** A folder as the job and the service need it: with its volume's root. */
    record Place(long folderId, long productionId, String productionName, long volumeId, String volumeRoot,
            String relativePath, String label, List<String> formats, boolean volumeRetired) {
    }

    /** One file hash for matching copies. */
    record FileHash(long folderId, String path, String format, String hash) {
    }

    private static final String FOLDER = """
            select f.id, f.version, f.production_id, p.name as production_name, f.volume_id, v.name as volume_name,
                   v.media_type, v.site, v.retired, v.root_path, f.relative_path, f.label, f.hash_formats, f.created_at
            from media_folder f join production p on p.id = f.production_id join volume v on v.id = f.volume_id
            """;

    private static final String RUN = """
            select r.id, r.folder_id, r.job_run_id, r.action, r.ok, r.exit_code, r.generation, r.files_original,
                   r.files_verified, r.files_failed, r.files_new, r.files_missing, r.files_problem, r.bytes_hashed,
                   r.root_format, r.root_content, r.root_structure, r.summary, r.finished_at
            from media_run r
            """;

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ folders

    Optional<MediaFolder> folder(Viewer viewer, long id) {
        return jdbc.sql(FOLDER + " where f.id = :id and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query((rs, n) -> folder(rs, viewer)).optional();
    }

    /** A production's folders (already checked visible), by label. */
    List<MediaFolder> folders(Viewer viewer, long productionId) {
        return jdbc.sql(FOLDER + " where f.production_id = :production order by lower(f.label), f.id")
                .param("production", productionId).query((rs, n) -> folder(rs, viewer)).list();
    }

    /** Folders registered on a volume, of productions the viewer may see. */
    List<MediaFolder> foldersOnVolume(Viewer viewer, long volumeId) {
        return jdbc.sql(FOLDER + " where f.volume_id = :volume and " + ConfidentialityPolicy.visibleSql(viewer, "p")
                        + " order by lower(p.name), lower(f.label), f.id")
                .param("volume", volumeId).param("viewerId", viewer.id()).query((rs, n) -> folder(rs, viewer)).list();
    }

    boolean folderAt(long volumeId, String relativePath) {
        return jdbc.sql("select count(*) from media_folder where volume_id = ? and relative_path = ?")
                .params(volumeId, relativePath).query(Long.class).single() > 0;
    }

    void insertFolder(long id, long productionId, long volumeId, String relativePath, String label, String formats,
            long by, Instant now) {
        jdbc.sql("""
                insert into media_folder (id, production_id, volume_id, relative_path, label, hash_formats,
                                          created_by, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, productionId, volumeId, relativePath, label, formats, by, utc(now)).update();
    }

    /** The folder for the job (no viewer: the job acts for whoever started it, who was checked then). */
    Optional<Place> place(long folderId) {
        return jdbc.sql("""
                select f.id, f.production_id, p.name as production_name, f.volume_id, v.root_path, f.relative_path,
                       f.label, f.hash_formats, v.retired
                from media_folder f join production p on p.id = f.production_id join volume v on v.id = f.volume_id
                where f.id = ?""").params(folderId)
                .query((rs, n) -> new Place(rs.getLong("id"), rs.getLong("production_id"),
                        rs.getString("production_name"), rs.getLong("volume_id"), rs.getString("root_path"),
                        rs.getString("relative_path"), rs.getString("label"), formats(rs.getString("hash_formats")),
                        rs.getBoolean("retired")))
                .optional();
    }

    // ------------------------------------------------------------------ runs and files

    void insertRun(MediaRun r) {
        jdbc.sql("""
                insert into media_run (id, folder_id, job_run_id, action, ok, exit_code, generation, files_original,
                                       files_verified, files_failed, files_new, files_missing, files_problem,
                                       bytes_hashed, root_format, root_content, root_structure, summary, finished_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.folderId(), r.jobRunId(), r.action(), r.ok(), r.exitCode(), r.generation(),
                        r.original(), r.verified(), r.failed(), r.added(), r.missing(), r.problems(), r.bytesHashed(),
                        r.rootFormat(), r.rootContent(), r.rootStructure(), r.summary(), utc(r.finishedAt()))
                .update();
    }

    /** Replaces the folder's per-file rows with the latest run's. */
    void replaceFiles(long folderId, long runId, List<MediaFile> files, java.util.function.LongSupplier ids) {
        jdbc.sql("delete from media_file where folder_id = ?").params(folderId).update();
        for (MediaFile f : files) {
            jdbc.sql("""
                    insert into media_file (id, folder_id, run_id, path, size, format, hash, status, detail)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(ids.getAsLong(), folderId, runId, f.path(), f.size(), f.format(), f.hash(), f.status(),
                            f.detail())
                    .update();
        }
    }

    List<MediaRun> runs(long folderId, int limit) {
        return jdbc.sql(RUN + " where r.folder_id = ? order by r.finished_at desc, r.id limit ?")
                .params(folderId, limit).query(MediaRepository::run).list();
    }

    Optional<MediaRun> latestRun(long folderId) {
        return runs(folderId, 1).stream().findFirst();
    }

    /** The latest run of each of a production's folders. */
    List<MediaRun> latestRuns(long productionId) {
        return jdbc.sql(RUN + """
                 join media_folder f on f.id = r.folder_id
                where f.production_id = ? and not exists (
                    select 1 from media_run later where later.folder_id = r.folder_id
                    and (later.finished_at > r.finished_at or later.finished_at = r.finished_at and later.id > r.id))
                """).params(productionId).query(MediaRepository::run).list();
    }

    /** The latest run's files of one folder, failures first, then by path. */
    List<MediaFile> files(long folderId, int limit, int offset) {
        return jdbc.sql("""
                select path, size, format, hash, status, detail from media_file where folder_id = ?
                order by case status when 'failed' then 0 when 'missing' then 1 when 'problem' then 2 else 3 end,
                         path, format
                limit ? offset ?""").params(folderId, limit, offset)
                .query((rs, n) -> new MediaFile(rs.getString("path"), (Long) rs.getObject("size", Long.class),
                        rs.getString("format"), rs.getString("hash"), rs.getString("status"), rs.getString("detail")))
                .list();
    }

    long countFiles(long folderId) {
        return jdbc.sql("select count(*) from media_file where folder_id = ?").params(folderId).query(Long.class)
                .single();
    }

    /** Every hashed file of a production's folders' latest runs, for matching copies by file hashes. */
    List<FileHash> fileHashes(long productionId) {
        return jdbc.sql("""
                select m.folder_id, m.path, m.format, m.hash from media_file m
                join media_folder f on f.id = m.folder_id
                where f.production_id = ? and m.hash is not null and m.status <> 'failed'""")
                .params(productionId)
                .query((rs, n) -> new FileHash(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    // ------------------------------------------------------------------ mapping

    private MediaFolder folder(ResultSet rs, Viewer viewer) throws SQLException {
        long id = rs.getLong("id");
        String location = viewer.isClient() ? null
                : java.nio.file.Path.of(rs.getString("root_path")).resolve(rs.getString("relative_path")).toString();
        return new MediaFolder(id, rs.getInt("version"), rs.getLong("production_id"),
                rs.getString("production_name"), rs.getLong("volume_id"), rs.getString("volume_name"),
                MediaType.valueOf(rs.getString("media_type")), Site.valueOf(rs.getString("site")),
                rs.getBoolean("retired"), rs.getString("relative_path"), location, rs.getString("label"),
                formats(rs.getString("hash_formats")), instant(rs, "created_at"), null);
    }

    private static MediaRun run(ResultSet rs, int n) throws SQLException {
        int generation = rs.getInt("generation");
        Integer gen = rs.wasNull() ? null : generation;
        return new MediaRun(rs.getLong("id"), rs.getLong("folder_id"), rs.getLong("job_run_id"),
                rs.getString("action"), rs.getBoolean("ok"), rs.getInt("exit_code"), gen,
                rs.getLong("files_original"), rs.getLong("files_verified"), rs.getLong("files_failed"),
                rs.getLong("files_new"), rs.getLong("files_missing"), rs.getLong("files_problem"),
                rs.getLong("bytes_hashed"), rs.getString("root_format"), rs.getString("root_content"),
                rs.getString("root_structure"), rs.getString("summary"), instant(rs, "finished_at"));
    }

    static List<String> formats(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.postops.app.media.volume;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facility's volumes (the service keeps clients out). */
@Repository
class VolumeRepository {

    private static final String VOLUME = """
            select v.id, v.version, v.name, v.kind, v.media_type, v.site, v.root_path, v.kit_id, k.name as kit_name,
                   v.notes, v.retired, v.created_at
            from volume v left join kit k on k.id = v.kit_id
            """;

    private final JdbcClient jdbc;

    VolumeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Volume> volumes(boolean includeRetired) {
        return jdbc.sql(VOLUME + (includeRetired ? "" : " where not v.retired") + " order by lower(v.name), v.id")
                .query(VolumeRepository::volume).list();
    }

    Optional<Volume> volume(long id) {
        return jdbc.sql(VOLUME + " where v.id = ?").params(id).query(VolumeRepository::volume).optional();
    }

    void insertVolume(long id, VolumeFields f, long by, Instant now) {
        jdbc.sql("""
                insert into volume (id, name, kind, media_type, site, root_path, kit_id, notes, retired, created_by,
                                    created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, f.name(), f.kind().name(), f.mediaType().name(), f.site().name(), f.rootPath(), f.kitId(),
                        f.notes(), Boolean.TRUE.equals(f.retired()), by, utc(now))
                .update();
    }

    boolean updateVolume(long id, VolumeFields f, int expectedVersion) {
        return jdbc.sql("""
                update volume set name = ?, kind = ?, media_type = ?, site = ?, root_path = ?, kit_id = ?, notes = ?,
                                  retired = ?, version = version + 1
                where id = ? and version = ?""")
                .params(f.name(), f.kind().name(), f.mediaType().name(), f.site().name(), f.rootPath(), f.kitId(),
                        f.notes(), Boolean.TRUE.equals(f.retired()), id, expectedVersion)
                .update() == 1;
    }

    private static Volume volume(ResultSet rs, int n) throws SQLException {
        long kit = rs.getLong("kit_id");
        Long kitId = rs.wasNull() ? null : kit;
        return new Volume(rs.getLong("id"), rs.getInt("version"), rs.getString("name"),
                VolumeKind.valueOf(rs.getString("kind")), MediaType.valueOf(rs.getString("media_type")),
                Site.valueOf(rs.getString("site")), rs.getString("root_path"), kitId, rs.getString("kit_name"),
                rs.getString("notes"), rs.getBoolean("retired"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.postops.app.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Qualified configurations. Kinds, rules and skills are JSON text (read by the service); a production's
 * configuration is read only through the production's confidentiality.
 */
@Repository
class QualifiedConfigurationRepository {

    /** A stored configuration, its lists still JSON text. */
    record Row(long id, int version, Long productionId, String name, String kitKinds, String rules, String skillIds,
            Instant createdAt, Instant updatedAt, Instant retiredAt) {
    }

    private static final String SELECT = """
            select q.id, q.version, q.production_id, q.name, q.kit_kinds, q.rules, q.skill_ids, q.created_at,
                   q.updated_at, q.retired_at
            from qualified_configuration q left join production p on p.id = q.production_id
            """;

    private final JdbcClient jdbc;

    QualifiedConfigurationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The configuration if it is the facility's or of a production the viewer may see. */
    Optional<Row> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " where q.id = :id and (q.production_id is null or "
                        + ConfidentialityPolicy.visibleSql(viewer, "p") + ")")
                .param("id", id).param("viewerId", viewer.id()).query(QualifiedConfigurationRepository::map)
                .optional();
    }

    /** The production's (null: the facility's) configurations, in force ones only unless {@code withRetired}. */
    List<Row> of(Long productionId, boolean withRetired, long offset, int limit) {
        return jdbc.sql(SELECT + " where " + (productionId == null ? "q.production_id is null"
                        : "q.production_id = :production") + (withRetired ? "" : " and q.retired_at is null")
                        + " order by q.name, q.id limit :limit offset :offset")
                .param("production", productionId).param("limit", limit).param("offset", offset)
                .query(QualifiedConfigurationRepository::map).list();
    }

    /**
     * The configurations in force of the facility and of these productions, by name, in one query. No viewer: the
     * caller asks only for productions its viewer may see.
     */
    List<Row> inForceFor(Collection<Long> productionIds) {
        return jdbc.sql(SELECT + " where q.retired_at is null and (q.production_id is null"
                        + (productionIds.isEmpty() ? "" : " or q.production_id in (:productions)")
                        + ") order by q.name, q.id")
                .param("productions", productionIds)
                .query(QualifiedConfigurationRepository::map).list();
    }

    long count(Long productionId, boolean withRetired) {
        return jdbc.sql("select count(*) from qualified_configuration q where " + (productionId == null
                        ? "q.production_id is null" : "q.production_id = :production")
                        + (withRetired ? "" : " and q.retired_at is null"))
                .param("production", productionId).query(Long.class).single();
    }

    void insert(long id, Long productionId, String name, String kinds, String rules, String skills, long by,
            Instant now) {
        jdbc.sql("""
                insert into qualified_configuration (id, production_id, name, kit_kinds, rules, skill_ids, created_by,
                                                     created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(id, productionId, name, kinds, rules, skills, by, SnapshotRepository.utc(now),
                        SnapshotRepository.utc(now)).update();
    }

    boolean update(long id, String name, String kinds, String rules, String skills, Instant now, int expectedVersion) {
        return jdbc.sql("""
                update qualified_configuration set name = ?, kit_kinds = ?, rules = ?, skill_ids = ?, updated_at = ?,
                                                   version = version + 1
                where id = ? and version = ? and retired_at is null""")
                .params(name, kinds, rules, skills, SnapshotRepository.utc(now), id, expectedVersion).update() == 1;
    }

    boolean retire(long id, Instant now, int expectedVersion) {
        return jdbc.sql("""
                update qualified_configuration set retired_at = ?, version = version + 1
                where id = ? and version = ? and retired_at is null""")
                .params(SnapshotRepository.utc(now), id, expectedVersion).update() == 1;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("production_id");
        Long production = rs.wasNull() ? null : id;
        return new Row(rs.getLong("id"), rs.getInt("version"), production, rs.getString("name"),
                rs.getString("kit_kinds"), rs.getString("rules"), rs.getString("skill_ids"),
                SnapshotRepository.instant(rs, "created_at"), SnapshotRepository.instant(rs, "updated_at"),
                SnapshotRepository.instant(rs, "retired_at"));
    }
}

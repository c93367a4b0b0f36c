package org.postops.app.brief;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.postops.app.task.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team's notes of each brief. Reads take a production the caller has already found visible. */
@Repository
class BriefRepository {

    private final JdbcClient jdbc;

    BriefRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BriefNotes> notes(long productionId) {
        return jdbc.sql("""
                select n.storage_notes, n.media_notes, n.risk_notes, n.version, n.updated_at,
                       u.username, u.display_name
                from technical_brief_notes n join app_user u on u.id = n.updated_by
                where n.production_id = :p""")
                .param("p", productionId)
                .query((rs, n) -> new BriefNotes(rs.getString("storage_notes"), rs.getString("media_notes"),
                        rs.getString("risk_notes"), rs.getInt("version"),
                        new Person(rs.getString("username"), rs.getString("display_name")),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Locks the production's notes row (if any) for the rest of the transaction. */
    Optional<Integer> lockVersion(long productionId) {
        return jdbc.sql("select version from technical_brief_notes where production_id = :p for update")
                .param("p", productionId).query(Integer.class).optional();
    }

    void insert(long productionId, BriefNotesFields f, long by, Instant now) {
        jdbc.sql("""
                insert into technical_brief_notes (production_id, storage_notes, media_notes, risk_notes, updated_by,
                                                   updated_at, version)
                values (?, ?, ?, ?, ?, ?, 1)""")
                .params(productionId, f.storageNotes(), f.mediaNotes(), f.riskNotes(), by,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    void update(long productionId, BriefNotesFields f, long by, Instant now) {
        jdbc.sql("""
                update technical_brief_notes set storage_notes = ?, media_notes = ?, risk_notes = ?, updated_by = ?,
                       updated_at = ?, version = version + 1
                where production_id = ?""")
                .params(f.storageNotes(), f.mediaNotes(), f.riskNotes(), by, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        productionId)
                .update();
    }
}

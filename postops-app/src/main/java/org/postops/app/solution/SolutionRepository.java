package org.postops.app.solution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.postops.app.skill.SkillCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Solutions, their kit, recurrences and ratings, and the generation counter the search index follows. Reads for a
 * viewer say, per row, whether the viewer may see its production ({@code visible}); the production's names come
 * along only so that they can be blanked for those who may not.
 */
@Repository
class SolutionRepository {

    /** A stored solution, as read for someone. */
    record Row(long id, long ticketId, Long productionId, String productionName, String codename, String client,
            boolean visible, String kitType, SkillCategory category, String summary, String symptoms,
            String errorText, String whatWasDone, SolutionKind kind, Boolean workaroundAcceptable,
            String whyNotAcceptable, Long snapshotId, String resolvedBy, Instant raisedAt, Instant restoredAt,
            Instant recordedAt, Integer rating, String ratingComment, int recurrences, long generation) {

        long restoreMinutes() {
            return Math.max(0, java.time.Duration.between(raisedAt, restoredAt).toMinutes());
        }

        Effectiveness effectiveness() {
            return Effectiveness.of(recurrences, restoreMinutes(), rating);
        }
    }

    /** What the per-kind figures need of one solution. */
    record Measure(SolutionKind kind, SkillCategory category, long restoreMinutes, Integer rating, int recurrences) {
    }

    private static final String SELECT = """
            select s.id, s.ticket_id, s.production_id, p.name as production_name, p.codename, p.client, s.kit_type,
                   s.category, s.summary, s.symptoms, s.error_text, s.what_was_done, s.kind, s.workaround_acceptable,
                   s.why_not_acceptable, s.snapshot_id, u.display_name as resolved_name, s.raised_at,
                   s.restored_at, s.recorded_at, s.rating, s.rating_comment, s.recurrences, s.generation,
            """;

    private final JdbcClient jdbc;

    SolutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String visible(Viewer viewer) {
        return "case when s.production_id is null or exists (select 1 from production vp where vp.id = s.production_id"
                + " and " + ConfidentialityPolicy.visibleSql(viewer, "vp") + ") then 1 else 0 end as visible";
    }

    private static final String FROM = """
             from solution s left join production p on p.id = s.production_id
            join app_user u on u.id = s.resolved_by
            """;

    /** The solution, whoever's production it is; {@code visible} says whether the viewer may see that. */
    Optional<Row> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + visible(viewer) + FROM + " where s.id = :id").param("id", id)
                .param("viewerId", viewer.id()).query(SolutionRepository::map).optional();
    }

    /** The solution as its resolver sees it (everything visible): for the caller that just recorded it. */
    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "1 as visible" + FROM + " where s.id = :id").param("id", id)
                .query(SolutionRepository::map).optional();
    }

    List<Row> rows(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + visible(viewer) + FROM + " where s.id in (:ids)").param("ids", ids)
                .param("viewerId", viewer.id()).query(SolutionRepository::map).list();
    }

    /** Rows changed after generation {@code after}, for the search index (visibility is the index's reader's job). */
    List<Row> changedSince(long after) {
        return jdbc.sql(SELECT + "1 as visible" + FROM + " where s.generation > :after").param("after", after)
                .query(SolutionRepository::map).list();
    }

    long generation() {
        return jdbc.sql("select generation from knowledge_generation where id = 1").query(Long.class).single();
    }

    /**
     * The next generation, held (the row stays locked) until the caller's transaction ends, so generations become
     * visible in the order they were taken; see decision 0024.
     */
    long nextGeneration() {
        jdbc.sql("update knowledge_generation set generation = generation + 1 where id = 1").update();
        return generation();
    }

    void insert(long id, SolutionInput in, SolutionKind kind, Boolean acceptable, String whyNot, Instant now,
            long generation) {
        jdbc.sql("""
                insert into solution (id, ticket_id, production_id, kit_type, category, summary, symptoms, error_text,
                    what_was_done, kind, workaround_acceptable, why_not_acceptable, snapshot_id, resolved_by,
                    raised_at, restored_at, recorded_at, recurrences, generation)
                values (:id, :ticket, :production, :kitType, :category, :summary, :symptoms, :errorText, :done,
                    :kind, :acceptable, :whyNot, :snapshot, :by, :raised, :restored, :now, 0, :generation)""")
                .param("id", id).param("ticket", in.ticketId()).param("production", in.productionId())
                .param("kitType", in.kitType()).param("category", in.category().name())
                .param("summary", in.summary().strip()).param("symptoms", in.symptoms())
                .param("errorText", in.errorText()).param("done", in.whatWasDone().strip())
                .param("kind", kind.name()).param("acceptable", acceptable).param("whyNot", whyNot)
                .param("snapshot", in.snapshotId()).param("by", in.resolvedBy()).param("raised", utc(in.raisedAt()))
                .param("restored", utc(in.restoredAt())).param("now", utc(now)).param("generation", generation)
                .update();
    }

    void insertKit(long solutionId, long kitId) {
        jdbc.sql("insert into solution_kit (solution_id, kit_id) values (?, ?)").params(solutionId, kitId).update();
    }

    List<Long> kitIds(long solutionId) {
        return jdbc.sql("select kit_id from solution_kit where solution_id = ? order by kit_id").param(solutionId)
                .query(Long.class).list();
    }

    /** Which of these kit ids exist. */
    List<Long> existingKit(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from kit where id in (:ids)").param("ids", ids).query(Long.class).list();
    }

    boolean productionExists(long id) {
        return jdbc.sql("select count(*) from production where id = ?").param(id).query(Long.class).single() > 0;
    }

    boolean userExists(long id) {
        return jdbc.sql("select count(*) from app_user where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The ticket's current solution: the last one recorded (a reopened ticket is solved again). */
    Optional<Long> latestOfTicket(long ticketId) {
        return jdbc.sql("select id from solution where ticket_id = ? order by recorded_at desc, id desc")
                .param(ticketId).query(Long.class).stream().findFirst();
    }

    void rate(long solutionId, int stars, String comment, Instant at, long generation) {
        jdbc.sql("update solution set rating = ?, rating_comment = ?, rated_at = ?, generation = ? where id = ?")
                .params(stars, comment, utc(at), generation, solutionId).update();
    }

    /**
     * Solutions a ticket raised (or reopened) at {@code at} counts against: each the current solution of its ticket,
     * restored in the 30 days up to {@code at}, and either of this same ticket or on one of its kit in its category.
     */
    List<Long> recurring(long ticketId, Collection<Long> kitIds, SkillCategory category, Instant from, Instant at) {
        String kit = kitIds.isEmpty() ? "" : " or (s.category = :category and exists (select 1 from solution_kit k"
                + " where k.solution_id = s.id and k.kit_id in (:kits)))";
        return jdbc.sql("""
                select s.id from solution s
                where s.restored_at >= :from and s.restored_at <= :at
                  and not exists (select 1 from solution later where later.ticket_id = s.ticket_id
                                  and (later.recorded_at > s.recorded_at
                                       or later.recorded_at = s.recorded_at and later.id > s.id))
                  and (s.ticket_id = :ticket""" + kit + ") order by s.id")
                .param("from", utc(from)).param("at", utc(at)).param("ticket", ticketId)
                .param("category", category == null ? null : category.name())
                .param("kits", kitIds.isEmpty() ? List.of(-1L) : kitIds).query(Long.class).list();
    }

    /** Counts the recurrence once per (solution, ticket); false when it was counted before. */
    boolean insertRecurrence(long id, long solutionId, long ticketId, Instant at) {
        return jdbc.sql("""
                insert into solution_recurrence (id, solution_id, ticket_id, occurred_at)
                select :id, :solution, :ticket, :at from knowledge_generation g where g.id = 1
                  and not exists (select 1 from solution_recurrence r where r.solution_id = :solution
                                  and r.ticket_id = :ticket)""")
                .param("id", id).param("solution", solutionId).param("ticket", ticketId).param("at", utc(at))
                .update() == 1;
    }

    void recount(long solutionId, long generation) {
        jdbc.sql("""
                update solution set generation = :generation,
                    recurrences = (select count(*) from solution_recurrence r where r.solution_id = :id)
                where id = :id""").param("generation", generation).param("id", solutionId).update();
    }

    /** Per-kind figures' inputs; for a viewer, only solutions of productions they may see (or of none). */
    List<Measure> measures(Viewer viewer) {
        String where = viewer == null ? "" : " where s.production_id is null or exists (select 1 from production vp"
                + " where vp.id = s.production_id and " + ConfidentialityPolicy.visibleSql(viewer, "vp") + ")";
        return jdbc.sql("select s.kind, s.category, s.raised_at, s.restored_at, s.rating, s.recurrences"
                        + " from solution s" + where)
                .param("viewerId", viewer == null ? 0L : viewer.id())
                .query((rs, n) -> {
                    int rating = rs.getInt("rating");
                    Integer stars = rs.wasNull() ? null : rating;
                    long minutes = Math.max(0, java.time.Duration.between(instant(rs, "raised_at"),
                            instant(rs, "restored_at")).toMinutes());
                    return new Measure(SolutionKind.valueOf(rs.getString("kind")),
                            SkillCategory.valueOf(rs.getString("category")), minutes, stars, rs.getInt("recurrences"));
                })
                .list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long production = rs.getLong("production_id");
        Long productionId = rs.wasNull() ? null : production;
        boolean acceptable = rs.getBoolean("workaround_acceptable");
        Boolean workaroundAcceptable = rs.wasNull() ? null : acceptable;
        long snapshot = rs.getLong("snapshot_id");
        Long snapshotId = rs.wasNull() ? null : snapshot;
        int rating = rs.getInt("rating");
        Integer stars = rs.wasNull() ? null : rating;
        return new Row(rs.getLong("id"), rs.getLong("ticket_id"), productionId, rs.getString("production_name"),
                rs.getString("codename"), rs.getString("client"), rs.getInt("visible") == 1, rs.getString("kit_type"),
                SkillCategory.valueOf(rs.getString("category")), rs.getString("summary"), rs.getString("symptoms"),
                rs.getString("error_text"), rs.getString("what_was_done"), SolutionKind.valueOf(rs.getString("kind")),
                workaroundAcceptable, rs.getString("why_not_acceptable"), snapshotId, rs.getString("resolved_name"),
                instant(rs, "raised_at"), instant(rs, "restored_at"), instant(rs, "recorded_at"), stars,
                rs.getString("rating_comment"), rs.getInt("recurrences"), rs.getLong("generation"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

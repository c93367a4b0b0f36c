package org.postops.app.production;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.Confidentiality;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.system.Ids;
import org.postops.app.system.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Productions and their brief, spec, deliverables, stages and members. Every read takes the viewer. */
@Repository
class ProductionRepository {

    /** A production the viewer can see, with their membership: what access checks need. */
    record Visible(long id, String name, Confidentiality confidentiality, Optional<MemberRole> myRole) {
    }

    private static final String MY_ROLE =
            "(select member_role from production_member mr where mr.production_id = p.id and mr.user_id = :viewerId)";

    private final JdbcClient jdbc;

    ProductionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Visible> findVisible(Viewer viewer, long id) {
        return jdbc.sql("select p.id, p.name, p.confidentiality, " + MY_ROLE + " as my_role from production p "
                        + "where p.id = :id and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id())
                .query((rs, n) -> new Visible(rs.getLong("id"), rs.getString("name"),
                        Confidentiality.valueOf(rs.getString("confidentiality")), role(rs)))
                .optional();
    }

    Optional<Production> find(Viewer viewer, long id) {
        return jdbc.sql("select p.*, " + MY_ROLE + " as my_role from production p where p.id = :id and "
                        + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id())
                .query((rs, n) -> map(rs, criteria(id), deliverables(id), stages(id)))
                .optional();
    }

    List<ProductionSummary> list(Viewer viewer, String query, long offset, int limit) {
        return jdbc.sql("select p.id, p.name, p.codename, p.client, p.production_type, p.status, p.confidentiality, "
                        + "p.delivery_date, " + MY_ROLE + " as my_role, "
                        + "(select count(*) from task t where t.production_id = p.id and t.status <> 'DONE') as open_tasks "
                        + "from production p where " + ConfidentialityPolicy.visibleSql(viewer, "p") + " and "
                        + matches(query)
                        + " order by case when p.status in ('DELIVERED', 'ARCHIVED') then 1 else 0 end, "
                        + "p.delivery_date, lower(p.name), p.id limit :limit offset :offset")
                .param("viewerId", viewer.id()).param("q", SqlText.containing(query)).param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new ProductionSummary(rs.getLong("id"), rs.getString("name"),
                        rs.getString("codename"), rs.getString("client"),
                        ProductionType.valueOf(rs.getString("production_type")),
                        ProductionStatus.valueOf(rs.getString("status")),
                        Confidentiality.valueOf(rs.getString("confidentiality")),
                        rs.getObject("delivery_date", LocalDate.class), role(rs).orElse(null),
                        rs.getLong("open_tasks")))
                .list();
    }

    /** Whether any production exists, whoever may see it: for start-up code only. */
    boolean any() {
        return jdbc.sql("select 1 from production limit 1").query(Integer.class).optional().isPresent();
    }

    long count(Viewer viewer, String query) {
        return jdbc.sql("select count(*) from production p where " + ConfidentialityPolicy.visibleSql(viewer, "p")
                        + " and " + matches(query))
                .param("viewerId", viewer.id()).param("q", SqlText.containing(query)).query(Long.class).single();
    }

    private static String matches(String query) {
        return query == null || query.isBlank() ? "1 = 1"
                : "(lower(p.name) like :q or lower(coalesce(p.codename, '')) like :q "
                        + "or lower(coalesce(p.client, '')) like :q)";
    }

    void insert(long id, ProductionFields f, Instant now) {
        jdbc.sql("""
                insert into production (id, name, codename, client, production_type, status, confidentiality,
                    start_date, picture_lock_date, delivery_date, currency, synopsis, objectives, audience,
                    budget_cap_minor, frame_width, frame_height, frame_rate, scan, aspect_ratio, colour_pipeline,
                    audio_layout, mastering_format, version, created_at, updated_at)
                values (:id, :name, :codename, :client, :type, :status, :confidentiality, :startDate,
                    :pictureLockDate, :deliveryDate, :currency, :synopsis, :objectives, :audience, :budgetCap,
                    :frameWidth, :frameHeight, :frameRate, :scan, :aspectRatio, :colourPipeline, :audioLayout,
                    :masteringFormat, 0, :now, :now)""")
                .params(columns(f)).param("id", id).param("now", utc(now)).update();
        replaceCriteria(id, f.brief().acceptanceCriteria());
        replaceDeliverables(id, f.spec().deliverables());
    }

    /** Writes the fields if the stored version is still {@code expectedVersion}; true if it was. */
    boolean update(long id, ProductionFields f, int expectedVersion, Instant now) {
        int rows = jdbc.sql("""
                update production set name = :name, codename = :codename, client = :client,
                    production_type = :type, status = :status, confidentiality = :confidentiality,
                    start_date = :startDate, picture_lock_date = :pictureLockDate, delivery_date = :deliveryDate,
                    currency = :currency, synopsis = :synopsis, objectives = :objectives, audience = :audience,
                    budget_cap_minor = :budgetCap, frame_width = :frameWidth, frame_height = :frameHeight,
                    frame_rate = :frameRate, scan = :scan, aspect_ratio = :aspectRatio,
                    colour_pipeline = :colourPipeline, audio_layout = :audioLayout,
                    mastering_format = :masteringFormat, version = version + 1, updated_at = :now
                where id = :id and version = :expected""")
                .params(columns(f)).param("id", id).param("now", utc(now)).param("expected", expectedVersion)
                .update();
        if (rows == 0) {
            return false;
        }
        replaceCriteria(id, f.brief().acceptanceCriteria());
        replaceDeliverables(id, f.spec().deliverables());
        return true;
    }

    private static java.util.Map<String, Object> columns(ProductionFields f) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("name", f.name());
        m.put("codename", f.codename());
        m.put("client", f.client());
        m.put("type", f.type().name());
        m.put("status", f.status().name());
        m.put("confidentiality", f.confidentiality().name());
        m.put("startDate", f.startDate());
        m.put("pictureLockDate", f.pictureLockDate());
        m.put("deliveryDate", f.deliveryDate());
        m.put("currency", f.currency());
        m.put("synopsis", f.brief().synopsis());
        m.put("objectives", f.brief().objectives());
        m.put("audience", f.brief().audience());
        m.put("budgetCap", f.brief().budgetCapMinor());
        m.put("frameWidth", f.spec().frameWidth());
        m.put("frameHeight", f.spec().frameHeight());
        m.put("frameRate", f.spec().frameRate());
        m.put("scan", f.spec().scan() == null ? null : f.spec().scan().name());
        m.put("aspectRatio", f.spec().aspectRatio());
        m.put("colourPipeline", f.spec().colourPipeline());
        m.put("audioLayout", f.spec().audioLayout());
        m.put("masteringFormat", f.spec().masteringFormat());
        return m;
    }

    /** Replaces the list, keeping the ids of criteria that already had one on this production. */
    private void replaceCriteria(long productionId, List<Criterion> criteria) {
        List<Long> existing = jdbc.sql("select id from acceptance_criterion where production_id = ?")
                .param(productionId).query(Long.class).list();
        jdbc.sql("delete from acceptance_criterion where production_id = ?").param(productionId).update();
        int order = 0;
        for (Criterion c : criteria) {
            long id = c.id() != null && existing.contains(c.id()) ? c.id() : Ids.next();
            jdbc.sql("insert into acceptance_criterion (id, production_id, sort_order, description, done) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(id, productionId, order++, c.description().strip(), c.done()).update();
        }
    }

    private void replaceDeliverables(long productionId, List<Deliverable> deliverables) {
        List<Long> existing = jdbc.sql("select id from deliverable where production_id = ?")
                .param(productionId).query(Long.class).list();
        jdbc.sql("delete from deliverable where production_id = ?").param(productionId).update();
        int order = 0;
        for (Deliverable d : deliverables) {
            long id = d.id() != null && existing.contains(d.id()) ? d.id() : Ids.next();
            jdbc.sql("insert into deliverable (id, production_id, sort_order, name, format, delivery_profile_id) "
                    + "values (?, ?, ?, ?, ?, ?)")
                    .params(id, productionId, order++, d.name().strip(), d.format(), d.deliveryProfileId())
                    .update();
        }
    }

    private List<Criterion> criteria(long productionId) {
        return jdbc.sql("select id, description, done from acceptance_criterion where production_id = ? "
                        + "order by sort_order")
                .param(productionId)
                .query((rs, n) -> new Criterion(rs.getLong("id"), rs.getString("description"), rs.getBoolean("done")))
                .list();
    }

    private List<Deliverable> deliverables(long productionId) {
        return jdbc.sql("select id, name, format, delivery_profile_id from deliverable where production_id = ? "
                        + "order by sort_order")
                .param(productionId)
                .query((rs, n) -> new Deliverable(rs.getLong("id"), rs.getString("name"), rs.getString("format"),
                        rs.getString("delivery_profile_id")))
                .list();
    }

    boolean setCriterionDone(long productionId, long criterionId, boolean done) {
        return jdbc.sql("update acceptance_criterion set done = ? where id = ? and production_id = ?")
                .params(done, criterionId, productionId).update() == 1;
    }

    void bumpVersion(long productionId, Instant now) {
        jdbc.sql("update production set version = version + 1, updated_at = ? where id = ?")
                .params(utc(now), productionId).update();
    }

    // stages

    List<Stage> stages(long productionId) {
        return jdbc.sql("select id, name, sort_order from stage where production_id = ? order by sort_order, id")
                .param(productionId)
                .query((rs, n) -> new Stage(rs.getLong("id"), rs.getString("name"), rs.getInt("sort_order")))
                .list();
    }

    Optional<Long> stageProduction(long stageId) {
        return jdbc.sql("select production_id from stage where id = ?").param(stageId).query(Long.class).optional();
    }

    void insertStage(long productionId, long id, String name, int position) {
        jdbc.sql("insert into stage (id, production_id, sort_order, name) values (?, ?, ?, ?)")
                .params(id, productionId, position, name).update();
    }

    /** Rewrites the order of all stages of a production to follow {@code ordered}. */
    void reorderStages(List<Stage> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("update stage set sort_order = ?, name = ? where id = ?")
                    .params(i, ordered.get(i).name(), ordered.get(i).id()).update();
        }
    }

    long tasksInStage(long stageId) {
        return jdbc.sql("select count(*) from task where stage_id = ?").param(stageId).query(Long.class).single();
    }

    void deleteStage(long stageId) {
        jdbc.sql("delete from stage where id = ?").param(stageId).update();
    }

    // members

    List<Member> members(long productionId) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, m.member_role
                from production_member m join app_user u on u.id = m.user_id
                where m.production_id = ? order by lower(u.display_name)""")
                .param(productionId)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        MemberRole.valueOf(rs.getString("member_role"))))
                .list().stream()
                .sorted(java.util.Comparator.comparing(Member::role)) // the roles' own order: supervisor first
                .toList();
    }

    Optional<MemberRole> membership(long productionId, long userId) {
        return jdbc.sql("select member_role from production_member where production_id = ? and user_id = ?")
                .params(productionId, userId).query(String.class).optional().map(MemberRole::valueOf);
    }

    void addMember(long productionId, long userId, MemberRole role) {
        jdbc.sql("insert into production_member (production_id, user_id, member_role) values (?, ?, ?)")
                .params(productionId, userId, role.name()).update();
    }

    void changeMember(long productionId, long userId, MemberRole role) {
        jdbc.sql("update production_member set member_role = ? where production_id = ? and user_id = ?")
                .params(role.name(), productionId, userId).update();
    }

    void removeMember(long productionId, long userId) {
        jdbc.sql("delete from production_member where production_id = ? and user_id = ?")
                .params(productionId, userId).update();
    }

    /** The names of those of {@code ids} the viewer may see; the others are simply not in the answer. */
    Map<Long, String> visibleNames(Viewer viewer, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select p.id, p.name from production p where p.id in (:ids) and "
                        + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("ids", ids).param("viewerId", viewer.id())
                .query((ResultSet rs) -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** Start dates (null when a production has none) of these productions, whoever may see them. */
    Map<Long, LocalDate> startDates(Collection<Long> ids) {
        Map<Long, LocalDate> dates = new HashMap<>();
        if (ids.isEmpty()) {
            return dates;
        }
        jdbc.sql("select id, start_date from production where id in (:ids)").param("ids", ids)
                .query((ResultSet rs) -> {
                    dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        return dates;
    }

    /**
     * The active people on the teams of the productions {@code userId} is on, or on every team when
     * {@code userId} is null; clients' memberships count for neither side.
     */
    List<Long> teammates(Long userId) {
        String sql = """
                select distinct m.user_id from production_member m join app_user u on u.id = m.user_id
                where u.active = true and m.member_role <> 'CLIENT'""";
        if (userId == null) {
            return jdbc.sql(sql).query(Long.class).list();
        }
        return jdbc.sql(sql + """
                 and m.production_id in (select mine.production_id from production_member mine
                                         where mine.user_id = :userId and mine.member_role <> 'CLIENT')""")
                .param("userId", userId).query(Long.class).list();
    }

    long openTasksAssigned(long productionId, long userId) {
        return jdbc.sql("""
                select count(*) from task t join task_assignee a on a.task_id = t.id
                where t.production_id = ? and a.user_id = ? and t.status <> 'DONE'""")
                .params(productionId, userId).query(Long.class).single();
    }

    private static Production map(ResultSet rs, List<Criterion> criteria, List<Deliverable> deliverables,
            List<Stage> stages) throws SQLException {
        long budget = rs.getLong("budget_cap_minor");
        Long budgetCap = rs.wasNull() ? null : budget;
        String scan = rs.getString("scan");
        Brief brief = new Brief(rs.getString("synopsis"), rs.getString("objectives"), rs.getString("audience"),
                budgetCap, criteria);
        Spec spec = new Spec(integer(rs, "frame_width"), integer(rs, "frame_height"), rs.getString("frame_rate"),
                scan == null ? null : Scan.valueOf(scan), rs.getString("aspect_ratio"),
                rs.getString("colour_pipeline"), rs.getString("audio_layout"), rs.getString("mastering_format"),
                deliverables);
        return new Production(rs.getLong("id"), rs.getInt("version"), rs.getString("name"), rs.getString("codename"),
                rs.getString("client"), ProductionType.valueOf(rs.getString("production_type")),
                ProductionStatus.valueOf(rs.getString("status")),
                Confidentiality.valueOf(rs.getString("confidentiality")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("picture_lock_date", LocalDate.class),
                rs.getObject("delivery_date", LocalDate.class), rs.getString("currency"), brief, spec, stages,
                role(rs).orElse(null), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Optional<MemberRole> role(ResultSet rs) throws SQLException {
        String role = rs.getString("my_role");
        return role == null ? Optional.empty() : Optional.of(MemberRole.valueOf(role));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

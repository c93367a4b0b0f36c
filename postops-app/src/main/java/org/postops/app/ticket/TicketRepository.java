package org.postops.app.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.postops.app.skill.SkillCategory;
import org.postops.app.task.Person;
import org.postops.app.task.TaskStatus;
import org.postops.app.ticket.sla.ServiceClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tickets, their links, timeline, options and solutions. Every read that names tickets to a viewer joins the
 * production and filters with the confidentiality policy; a ticket with no production is visible to all but
 * clients (the service turns clients away before asking).
 */
@Repository
class TicketRepository {

    /** A stored ticket, before its links and history are added. */
    record Row(long id, int version, String summary, String symptoms, String errorText, Severity severity,
            SkillCategory category, TicketStatus status, Long productionId, String productionName, long requesterId,
            Person requester, Long assigneeId, Person assignee, Long expertId, Instant raisedAt,
            Instant firstResponseAt, Long recurrenceOf) {
    }

    /** A list's filters; null or false filters nothing. */
    record Filter(TicketStatus status, Severity severity, Boolean open, Long requesterId, Long assigneeId,
            Long productionId, Long kitId, String query) {
    }

    /** A resolution row as stored, with who resolved it. */
    record Solution(long id, long ticketId, String whatWasDone, ResolutionKind kind, Boolean workaroundAcceptable,
            String whyNotAcceptable, Long snapshotId, Instant restoredAt, long resolvedById, Person resolvedBy,
            Instant resolvedAt, Long recurredBy, Integer rating, String ratingComment, Instant ratedAt) {
    }

    private static final String FROM = """
            from ticket t left join production p on p.id = t.production_id
            join app_user r on r.id = t.requester_id left join app_user a on a.id = t.assignee_id
            """;

    private static final String SELECT = """
            select t.id, t.version, t.summary, t.symptoms, t.error_text, t.severity, t.category, t.status,
                   t.production_id, p.name as production_name, t.requester_id, r.username as r_username,
                   r.display_name as r_name, t.assignee_id, a.username as a_username, a.display_name as a_name,
                   t.expert_id, t.raised_at, t.first_response_at, t.recurrence_of
            """ + FROM;

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL condition for tickets the viewer may see, over {@code t} and the production {@code p}. */
    static String visible(Viewer viewer) {
        return "(t.production_id is null or " + ConfidentialityPolicy.visibleSql(viewer, "p") + ")";
    }

    Optional<Row> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " where t.id = :id and " + visible(viewer))
                .param("id", id).param("viewerId", viewer.id()).query(TicketRepository::map).optional();
    }

    /** Whether the viewer may see this ticket (to show a link to it, or not). */
    boolean isVisible(Viewer viewer, long id) {
        return jdbc.sql("select count(*) from ticket t left join production p on p.id = t.production_id"
                        + " where t.id = :id and " + visible(viewer))
                .param("id", id).param("viewerId", viewer.id()).query(Long.class).single() > 0;
    }

    List<Row> list(Viewer viewer, Filter f, long offset, int limit) {
        return bind(jdbc.sql(SELECT + where(viewer, f)
                + " order by t.raised_at desc, t.id desc limit :limit offset :offset"), viewer, f)
                .param("limit", limit).param("offset", offset).query(TicketRepository::map).list();
    }

    long count(Viewer viewer, Filter f) {
        return bind(jdbc.sql("select count(*) " + FROM + where(viewer, f)), viewer, f).query(Long.class).single();
    }

    private static String where(Viewer viewer, Filter f) {
        StringBuilder w = new StringBuilder(" where ").append(visible(viewer));
        if (f.status() != null) {
            w.append(" and t.status = :status");
        }
        if (f.severity() != null) {
            w.append(" and t.severity = :severity");
        }
        if (Boolean.TRUE.equals(f.open())) {
            w.append(" and t.status not in ('RESOLVED', 'CLOSED')");
        }
        if (f.requesterId() != null) {
            w.append(" and t.requester_id = :requester");
        }
        if (f.assigneeId() != null) {
            w.append(" and t.assignee_id = :assignee");
        }
        if (f.productionId() != null) {
            w.append(" and t.production_id = :production");
        }
        if (f.kitId() != null) {
            w.append(" and exists (select 1 from ticket_kit k where k.ticket_id = t.id and k.kit_id = :kit)");
        }
        if (f.query() != null) {
            w.append(" and (lower(t.summary) like :q escape '\\' or lower(t.symptoms) like :q escape '\\'"
                    + " or lower(t.error_text) like :q escape '\\')");
        }
        return w.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, Viewer viewer, Filter f) {
        s = s.param("viewerId", viewer.id());
        if (f.status() != null) {
            s = s.param("status", f.status().name());
        }
        if (f.severity() != null) {
            s = s.param("severity", f.severity().name());
        }
        if (f.requesterId() != null) {
            s = s.param("requester", f.requesterId());
        }
        if (f.assigneeId() != null) {
            s = s.param("assignee", f.assigneeId());
        }
        if (f.productionId() != null) {
            s = s.param("production", f.productionId());
        }
        if (f.kitId() != null) {
            s = s.param("kit", f.kitId());
        }
        if (f.query() != null) {
            String like = "%" + f.query().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            s = s.param("q", like);
        }
        return s;
    }

    // links

    /** The ids of the kit each of these tickets names, by ticket id. */
    Map<Long, List<Long>> kit(Collection<Long> ticketIds) {
        Map<Long, List<Long>> all = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return all;
        }
        jdbc.sql("select ticket_id, kit_id from ticket_kit where ticket_id in (:ids) order by kit_id")
                .param("ids", List.copyOf(ticketIds))
                .query((rs, n) -> all.computeIfAbsent(rs.getLong("ticket_id"), x -> new ArrayList<>())
                        .add(rs.getLong("kit_id")))
                .list();
        return all;
    }

    List<Ticket.TaskLink> tasks(long ticketId) {
        return jdbc.sql("""
                select k.id, k.title, k.status from ticket_task tt join task k on k.id = tt.task_id
                where tt.ticket_id = ? order by k.title, k.id""")
                .param(ticketId)
                .query((rs, n) -> new Ticket.TaskLink(rs.getLong("id"), rs.getString("title"),
                        TaskStatus.valueOf(rs.getString("status"))))
                .list();
    }

    void insert(long id, TicketFields f, long requesterId, Instant now) {
        jdbc.sql("""
                insert into ticket (id, summary, symptoms, error_text, severity, category, status, production_id,
                                    requester_id, raised_at, version, updated_at)
                values (?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, 0, ?)""")
                .params(id, f.summary(), f.symptoms(), f.errorText(), f.severity().name(), f.category().name(),
                        f.productionId(), requesterId, utc(now), utc(now))
                .update();
        for (long kit : f.kitIds()) {
            jdbc.sql("insert into ticket_kit (ticket_id, kit_id) values (?, ?)").params(id, kit).update();
        }
        for (long task : f.taskIds()) {
            jdbc.sql("insert into ticket_task (ticket_id, task_id) values (?, ?)").params(id, task).update();
        }
    }

    boolean updateFields(long id, String summary, String symptoms, String errorText, Severity severity,
            SkillCategory category, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update ticket set summary = ?, symptoms = ?, error_text = ?, severity = ?, category = ?,
                                  version = version + 1, updated_at = ?
                where id = ? and version = ?""")
                .params(summary, symptoms, errorText, severity.name(), category.name(), utc(now), id, expectedVersion)
                .update() == 1;
    }

    boolean setStatus(long id, TicketStatus status, int expectedVersion, Instant now) {
        return jdbc.sql("update ticket set status = ?, version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(status.name(), utc(now), id, expectedVersion).update() == 1;
    }

    boolean assign(long id, Long assigneeId, Long expertId, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update ticket set assignee_id = ?, expert_id = ?, version = version + 1, updated_at = ?
                where id = ? and version = ?""")
                .params(assigneeId, expertId, utc(now), id, expectedVersion).update() == 1;
    }

    /** Marks the ticket changed (an update, an option), so a change made on an older view fails. */
    boolean touch(long id, int expectedVersion, Instant now) {
        return jdbc.sql("update ticket set version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(utc(now), id, expectedVersion).update() == 1;
    }

    void firstResponse(long id, Instant at) {
        jdbc.sql("update ticket set first_response_at = ? where id = ? and first_response_at is null")
                .params(utc(at), id).update();
    }

    void setRecurrenceOf(long id, long earlier) {
        jdbc.sql("update ticket set recurrence_of = ? where id = ? and recurrence_of is null").params(earlier, id).update();
    }

    // timeline

    void insertEvent(long id, long ticketId, Instant at, long actor, String kind, TicketStatus from,
            TicketStatus to, String note) {
        jdbc.sql("""
                insert into ticket_event (id, ticket_id, occurred_at, actor, kind, from_status, to_status, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ticketId, utc(at), actor, kind, from == null ? null : from.name(),
                        to == null ? null : to.name(), note)
                .update();
    }

    List<Ticket.Entry> timeline(long ticketId) {
        return jdbc.sql("""
                select e.occurred_at, e.kind, e.from_status, e.to_status, e.note, u.username, u.display_name
                from ticket_event e join app_user u on u.id = e.actor
                where e.ticket_id = ? order by e.occurred_at, e.id""")
                .param(ticketId)
                .query((rs, n) -> new Ticket.Entry(instant(rs, "occurred_at"),
                        new Person(rs.getString("username"), rs.getString("display_name")), rs.getString("kind"),
                        status(rs.getString("from_status")), status(rs.getString("to_status")), rs.getString("note")))
                .list();
    }

    /** The states of these tickets over time, from their raise, for the service clocks. */
    Map<Long, List<ServiceClock.Span>> history(Collection<Long> ticketIds) {
        Map<Long, List<ServiceClock.Span>> all = new LinkedHashMap<>();
        if (ticketIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                select e.ticket_id, e.occurred_at, e.to_status from ticket_event e
                where e.ticket_id in (:ids) and e.to_status is not null order by e.ticket_id, e.occurred_at, e.id""")
                .param("ids", List.copyOf(ticketIds))
                .query((rs, n) -> all.computeIfAbsent(rs.getLong("ticket_id"), x -> new ArrayList<>())
                        .add(new ServiceClock.Span(instant(rs, "occurred_at"), status(rs.getString("to_status")))))
                .list();
        return all;
    }

    // options

    void insertOption(long id, long ticketId, OptionKind kind, String description, Long costMinor, String currency,
            Integer restoreMinutes, String feasibility, long by, Instant now) {
        jdbc.sql("""
                insert into ticket_option (id, ticket_id, kind, description, cost_minor, currency, restore_minutes,
                                           feasibility, created_by, created_at, chosen)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
                .params(id, ticketId, kind.name(), description, costMinor, currency, restoreMinutes, feasibility, by,
                        utc(now))
                .update();
    }

    /** Chooses one option of the ticket and un-chooses the others. */
    boolean choose(long ticketId, long optionId, String reason, long by, Instant now) {
        int chosen = jdbc.sql("""
                update ticket_option set chosen = true, chosen_reason = ?, chosen_by = ?, chosen_at = ?
                where id = ? and ticket_id = ?""")
                .params(reason, by, utc(now), optionId, ticketId).update();
        if (chosen == 1) {
            jdbc.sql("update ticket_option set chosen = false where ticket_id = ? and id <> ? and chosen = true")
                    .params(ticketId, optionId).update();
        }
        return chosen == 1;
    }

    List<Ticket.Option> options(long ticketId) {
        return jdbc.sql("""
                select o.*, c.username as c_username, c.display_name as c_name,
                       x.username as x_username, x.display_name as x_name
                from ticket_option o join app_user c on c.id = o.created_by left join app_user x on x.id = o.chosen_by
                where o.ticket_id = ? order by o.created_at, o.id""")
                .param(ticketId)
                .query((rs, n) -> new Ticket.Option(rs.getLong("id"), OptionKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), rs.getObject("cost_minor", Long.class), rs.getString("currency"),
                        rs.getObject("restore_minutes", Integer.class), rs.getString("feasibility"),
                        new Person(rs.getString("c_username"), rs.getString("c_name")), instant(rs, "created_at"),
                        rs.getBoolean("chosen"), rs.getString("chosen_reason"),
                        rs.getString("x_username") == null ? null
                                : new Person(rs.getString("x_username"), rs.getString("x_name")),
                        instant(rs, "chosen_at")))
                .list();
    }

    // solutions

    void insertSolution(long id, long ticketId, String whatWasDone, ResolutionKind kind, Boolean acceptable,
            String whyNot, Long snapshotId, Instant restoredAt, long by, Instant now) {
        jdbc.sql("""
                insert into ticket_resolution (id, ticket_id, what_was_done, kind, workaround_acceptable,
                                               why_not_acceptable, snapshot_id, restored_at, resolved_by, resolved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ticketId, whatWasDone, kind.name(), acceptable, whyNot, snapshotId, utc(restoredAt), by,
                        utc(now))
                .update();
    }

    private static final String SOLUTION = """
            select s.*, u.username, u.display_name from ticket_resolution s join app_user u on u.id = s.resolved_by
            """;

    /** The ticket's current (latest) solution. */
    Optional<Solution> latestSolution(long ticketId) {
        return jdbc.sql(SOLUTION + " where s.ticket_id = ? order by s.resolved_at desc, s.id desc limit 1")
                .param(ticketId).query(TicketRepository::solution).optional();
    }

    void rate(long solutionId, int rating, String comment, Instant now) {
        jdbc.sql("update ticket_resolution set rating = ?, rating_comment = ?, rated_at = ? where id = ?")
                .params(rating, comment, utc(now), solutionId).update();
    }

    void recurred(long solutionId, long byTicket) {
        jdbc.sql("update ticket_resolution set recurred_by = ? where id = ? and recurred_by is null")
                .params(byTicket, solutionId).update();
    }

    // for other areas

    List<TicketRef> openRefs(Viewer viewer) {
        List<TicketRef> refs = jdbc.sql("""
                select t.id, t.summary, t.severity, t.category, t.status, t.production_id, t.raised_at,
                       t.assignee_id, t.expert_id
                from ticket t left join production p on p.id = t.production_id
                where t.status not in ('RESOLVED', 'CLOSED') and """ + " " + visible(viewer)
                        + " order by t.raised_at, t.id")
                .param("viewerId", viewer.id())
                .query((rs, n) -> new TicketRef(rs.getLong("id"), rs.getString("summary"),
                        Severity.valueOf(rs.getString("severity")), category(rs.getString("category")),
                        TicketStatus.valueOf(rs.getString("status")), rs.getObject("production_id", Long.class),
                        List.of(), instant(rs, "raised_at"), rs.getObject("assignee_id", Long.class),
                        rs.getObject("expert_id", Long.class)))
                .list();
        Map<Long, List<Long>> kit = kit(refs.stream().map(TicketRef::id).toList());
        return refs.stream().map(r -> new TicketRef(r.id(), r.summary(), r.severity(), r.category(), r.status(),
                r.productionId(), kit.getOrDefault(r.id(), List.of()),
                r.raisedAt(), r.assigneeId(), r.expertId())).toList();
    }

    /** Who each open ticket is on: its assignee and its expert (either may be null, not both). */
    List<OpenAssignment> openAssignments() {
        return jdbc.sql("""
                select id, assignee_id, expert_id from ticket
                where status not in ('RESOLVED', 'CLOSED') and (assignee_id is not null or expert_id is not null)""")
                .query((rs, n) -> new OpenAssignment(rs.getLong("id"), rs.getObject("assignee_id", Long.class),
                        rs.getObject("expert_id", Long.class)))
                .list();
    }

    Map<Long, Integer> openLoadBy(String column) {
        Map<Long, Integer> load = new LinkedHashMap<>();
        jdbc.sql("select " + column + " as who, count(*) as n from ticket where " + column + " is not null"
                        + " and status not in ('RESOLVED', 'CLOSED') group by " + column)
                .query((rs, n) -> load.put(rs.getLong("who"), rs.getInt("n"))).list();
        return load;
    }

    /** Resolved tickets in this category; with {@code kitOfType} non-null, only those naming some of that kit. */
    List<ResolvedRef> resolvedSimilar(SkillCategory category, List<Long> kitOfType) {
        return jdbc.sql("""
                select t.id, t.expert_id, t.raised_at, s.resolved_by, s.resolved_at, s.recurred_by, s.rating
                from ticket t join ticket_resolution s on s.ticket_id = t.id
                where t.status in ('RESOLVED', 'CLOSED') and t.category = :category
                  and not exists (select 1 from ticket_resolution later where later.ticket_id = s.ticket_id
                                  and (later.resolved_at > s.resolved_at
                                       or (later.resolved_at = s.resolved_at and later.id > s.id)))
                """ + (kitOfType == null ? "" : """
                  and exists (select 1 from ticket_kit tk where tk.ticket_id = t.id and tk.kit_id in (:kit))
                """) + " order by s.resolved_at desc, t.id")
                .param("category", category.name()).param("kit", kitOfType == null ? null : kitOfType)
                .query((rs, n) -> new ResolvedRef(rs.getLong("id"), rs.getLong("resolved_by"),
                        rs.getObject("expert_id", Long.class), instant(rs, "raised_at"), instant(rs, "resolved_at"),
                        rs.getObject("recurred_by", Long.class) != null, rs.getObject("rating", Integer.class)))
                .list();
    }

    private static Solution solution(ResultSet rs, int n) throws SQLException {
        return new Solution(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("what_was_done"),
                ResolutionKind.valueOf(rs.getString("kind")), rs.getObject("workaround_acceptable", Boolean.class),
                rs.getString("why_not_acceptable"), rs.getObject("snapshot_id", Long.class), instant(rs, "restored_at"),
                rs.getLong("resolved_by"), new Person(rs.getString("username"), rs.getString("display_name")),
                instant(rs, "resolved_at"), rs.getObject("recurred_by", Long.class), rs.getObject("rating", Integer.class),
                rs.getString("rating_comment"), instant(rs, "rated_at"));
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String assignee = rs.getString("a_username");
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("summary"), rs.getString("symptoms"),
                rs.getString("error_text"), Severity.valueOf(rs.getString("severity")),
                category(rs.getString("category")), TicketStatus.valueOf(rs.getString("status")),
                rs.getObject("production_id", Long.class), rs.getString("production_name"), rs.getLong("requester_id"),
                new Person(rs.getString("r_username"), rs.getString("r_name")),
                rs.getObject("assignee_id", Long.class), assignee == null ? null : new Person(assignee,
                        rs.getString("a_name")), rs.getObject("expert_id", Long.class), instant(rs, "raised_at"),
                instant(rs, "first_response_at"), rs.getObject("recurrence_of", Long.class));
    }

    private static SkillCategory category(String s) {
        try {
            return SkillCategory.valueOf(s);
        } catch (IllegalArgumentException e) { // a category since taken out of the taxonomy
            return SkillCategory.OTHER;
        }
    }

    private static TicketStatus status(String s) {
        return s == null ? null : TicketStatus.valueOf(s);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

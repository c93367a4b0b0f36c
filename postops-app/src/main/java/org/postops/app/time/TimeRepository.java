package org.postops.app.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.task.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Time entries. Reads that are not already inside a production the caller checked take the viewer and
 * filter with the confidentiality policy; production-wide reads take a production the service has
 * already let the viewer see. Tasks are read only to name them and to scope by production.
 */
@Repository
class TimeRepository {

    /** A stored entry with what the API does not show: whose it is and the role it is priced as. */
    record Stored(TimeEntry entry, long userId, MemberRole memberRole) {
    }

    /** A task of a production with its estimate and the minutes logged on it, for estimate against actual. */
    record TaskLine(long id, String title, Long stageId, String status, Integer estimateMinutes, long loggedMinutes) {
    }

    private static final String SELECT = """
            select e.id, e.version, e.task_id, t.title as task_title, t.production_id, p.name as production_name,
                   t.stage_id, s.name as stage_name, e.user_id, u.username, u.display_name, e.member_role,
                   e.work_date, e.minutes, e.note, lb.username as logged_by, e.created_at, e.updated_at
            from time_entry e join task t on t.id = e.task_id join production p on p.id = t.production_id
                 left join stage s on s.id = t.stage_id join app_user u on u.id = e.user_id
                 join app_user lb on lb.id = e.logged_by
            """;

    private final JdbcClient jdbc;

    TimeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " where e.id = :id and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query(TimeRepository::map).optional();
    }

    /** A task's entries (the task already checked visible), newest day first. */
    List<TimeEntry> ofTask(long taskId, long offset, int limit) {
        return jdbc.sql(SELECT + " where e.task_id = :task order by e.work_date desc, e.created_at desc, e.id"
                        + " limit :limit offset :offset")
                .param("task", taskId).param("limit", limit).param("offset", offset)
                .query(TimeRepository::map).list().stream().map(Stored::entry).toList();
    }

    long countOfTask(long taskId) {
        return jdbc.sql("select count(*) from time_entry where task_id = ?").param(taskId).query(Long.class).single();
    }

    long loggedOnTask(long taskId) {
        return jdbc.sql("select coalesce(sum(minutes), 0) from time_entry where task_id = ?").param(taskId)
                .query(Long.class).single();
    }

    /** The viewer's own entries between two days (inclusive), only in productions they can still see. */
    List<TimeEntry> mine(Viewer viewer, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where e.user_id = :viewerId and e.work_date between :from and :to and "
                        + ConfidentialityPolicy.visibleSql(viewer, "p")
                        + " order by e.work_date, p.name, t.title, e.created_at, e.id")
                .param("viewerId", viewer.id()).param("from", from).param("to", to)
                .query(TimeRepository::map).list().stream().map(Stored::entry).toList();
    }

    /**
     * Locks the person's account row until the transaction ends, so that two entries for the same person
     * cannot both pass the 24-hours-a-day check at once. The row is only locked, never read or changed.
     */
    void lockPerson(long userId) {
        jdbc.sql("select id from app_user where id = ? for update").param(userId).query(Long.class).optional();
    }

    /** Everything the person logged on that day, in every production, but for one entry (being changed). */
    long minutesOn(long userId, LocalDate date, long exceptEntry) {
        return jdbc.sql("""
                select coalesce(sum(minutes), 0) from time_entry
                where user_id = ? and work_date = ? and id <> ?""")
                .params(userId, date, exceptEntry).query(Long.class).single();
    }

    void insert(long id, long taskId, long userId, MemberRole role, LocalDate date, int minutes, String note,
            long loggedBy, Instant now) {
        jdbc.sql("""
                insert into time_entry (id, task_id, user_id, member_role, work_date, minutes, note, logged_by,
                                        version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, taskId, userId, role == null ? null : role.name(), date, minutes, note, loggedBy,
                        utc(now), utc(now))
                .update();
    }

    boolean update(long id, long taskId, LocalDate date, int minutes, String note, int expectedVersion,
            Instant now) {
        return jdbc.sql("""
                update time_entry set task_id = ?, work_date = ?, minutes = ?, note = ?, version = version + 1,
                                      updated_at = ?
                where id = ? and version = ?""")
                .params(taskId, date, minutes, note, utc(now), id, expectedVersion).update() == 1;
    }

    boolean delete(long id, int expectedVersion) {
        return jdbc.sql("delete from time_entry where id = ? and version = ?").params(id, expectedVersion)
                .update() == 1;
    }

    // a production's figures (the production already checked visible)

    List<TaskLine> taskLines(long productionId) {
        return jdbc.sql("""
                select t.id, t.title, t.stage_id, t.status, t.estimate_minutes,
                       coalesce((select sum(e.minutes) from time_entry e where e.task_id = t.id), 0) as logged
                from task t where t.production_id = ? order by t.due_date, t.title, t.id""")
                .param(productionId)
                .query((rs, n) -> {
                    long stage = rs.getLong("stage_id");
                    Long stageId = rs.wasNull() ? null : stage;
                    int estimate = rs.getInt("estimate_minutes");
                    Integer estimateMinutes = rs.wasNull() ? null : estimate;
                    return new TaskLine(rs.getLong("id"), rs.getString("title"), stageId, rs.getString("status"),
                            estimateMinutes, rs.getLong("logged"));
                })
                .list();
    }

    /** Each task's assignees' user ids. */
    Map<Long, List<Long>> assignees(long productionId) {
        Map<Long, List<Long>> result = new HashMap<>();
        jdbc.sql("""
                select a.task_id, a.user_id from task_assignee a join task t on t.id = a.task_id
                where t.production_id = ? order by a.user_id""")
                .param(productionId)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }

    /** Minutes each person logged on the production. */
    Map<Long, Long> loggedByPerson(long productionId) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.sql("""
                select e.user_id, sum(e.minutes) from time_entry e join task t on t.id = e.task_id
                where t.production_id = ? group by e.user_id""")
                .param(productionId)
                .query((ResultSet rs) -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    /** Everything logged on the production, summed by task, person, role and day: what costing needs. */
    List<LoggedWork> logged(long productionId) {
        return jdbc.sql("""
                select e.task_id, t.stage_id, e.user_id, e.member_role, e.work_date, sum(e.minutes) as minutes
                from time_entry e join task t on t.id = e.task_id
                where t.production_id = ?
                group by e.task_id, t.stage_id, e.user_id, e.member_role, e.work_date
                order by e.task_id, e.work_date, e.user_id""")
                .param(productionId)
                .query((rs, n) -> {
                    long stage = rs.getLong("stage_id");
                    Long stageId = rs.wasNull() ? null : stage;
                    String role = rs.getString("member_role");
                    return new LoggedWork(rs.getLong("task_id"), stageId, rs.getLong("user_id"),
                            role == null ? null : MemberRole.valueOf(role), rs.getObject("work_date", LocalDate.class),
                            rs.getLong("minutes"));
                })
                .list();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        long stage = rs.getLong("stage_id");
        Long stageId = rs.wasNull() ? null : stage;
        int minutes = rs.getInt("minutes");
        TimeEntry entry = new TimeEntry(rs.getLong("id"), rs.getInt("version"), rs.getLong("task_id"),
                rs.getString("task_title"), rs.getLong("production_id"), rs.getString("production_name"), stageId,
                rs.getString("stage_name"), new Person(rs.getString("username"), rs.getString("display_name")),
                rs.getObject("work_date", LocalDate.class), minutes / 60, minutes % 60, minutes,
                Minutes.human(minutes), rs.getString("note"), rs.getString("logged_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
        String role = rs.getString("member_role");
        return new Stored(entry, rs.getLong("user_id"), role == null ? null : MemberRole.valueOf(role));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

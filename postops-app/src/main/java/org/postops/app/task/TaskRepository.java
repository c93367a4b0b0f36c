package org.postops.app.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks, their assignees, dependencies and comments. Every read takes the viewer. */
@Repository
class TaskRepository {

    /** A stored task row, before names of people and linked tasks are added. */
    record Row(long id, int version, long productionId, String productionName, Long stageId, String stageName,
            String title, String description, TaskStatus status, Integer estimateMinutes, LocalDate dueDate,
            boolean milestone, LocalDate startNotBefore, int openDependencies, Instant createdAt, Instant updatedAt) {
    }

    private static final String COLUMNS = """
            select t.id, t.version, t.production_id, p.name as production_name, t.stage_id, s.name as stage_name,
                   t.title, t.description, t.status, t.estimate_minutes, t.due_date, t.created_at, t.updated_at,
                   t.milestone, t.start_not_before,
                   (select count(*) from task_dependency d join task dt on dt.id = d.depends_on_id
                     where d.task_id = t.id and dt.status <> 'DONE') as open_deps
            """;
    private static final String SELECT = COLUMNS
            + " from task t join production p on p.id = t.production_id left join stage s on s.id = t.stage_id ";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " where t.id = :id and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query(TaskRepository::map).optional();
    }

    /**
     * The viewer's own tasks across every production they can see, soonest due first. Starts from the
     * viewer's assignments: H2 does not move a table across an outer join, so with the assignments
     * joined after the stage it read every task in the database on each call (docs/benchmarks.md).
     */
    List<Row> assignedTo(Viewer viewer, boolean includeDone, long offset, int limit) {
        return jdbc.sql(COLUMNS + " from task_assignee a join task t on t.id = a.task_id"
                        + " join production p on p.id = t.production_id left join stage s on s.id = t.stage_id"
                        + " where a.user_id = :viewerId and "
                        + ConfidentialityPolicy.visibleSql(viewer, "p") + (includeDone ? "" : " and t.status <> 'DONE'")
                        + " order by t.due_date, p.name, t.title, t.id limit :limit offset :offset")
                .param("viewerId", viewer.id()).param("limit", limit).param("offset", offset)
                .query(TaskRepository::map).list();
    }

    long countAssignedTo(Viewer viewer, boolean includeDone) {
        return jdbc.sql("select count(*) from task t join production p on p.id = t.production_id "
                        + "join task_assignee a on a.task_id = t.id and a.user_id = :viewerId where "
                        + ConfidentialityPolicy.visibleSql(viewer, "p") + (includeDone ? "" : " and t.status <> 'DONE'"))
                .param("viewerId", viewer.id()).query(Long.class).single();
    }

    /** A production's tasks (already checked visible), in stage order then due date. */
    List<Row> ofProduction(long productionId, TaskStatus status, Long stageId, long offset, int limit) {
        return jdbc.sql(SELECT + " where t.production_id = :production" + filters(status, stageId)
                        + " order by s.sort_order, t.due_date, t.title, t.id limit :limit offset :offset")
                .param("production", productionId).param("status", status == null ? null : status.name())
                .param("stage", stageId).param("limit", limit).param("offset", offset)
                .query(TaskRepository::map).list();
    }

    long countOfProduction(long productionId, TaskStatus status, Long stageId) {
        return jdbc.sql("select count(*) from task t where t.production_id = :production" + filters(status, stageId))
                .param("production", productionId).param("status", status == null ? null : status.name())
                .param("stage", stageId).query(Long.class).single();
    }

    private static String filters(TaskStatus status, Long stageId) {
        return (status == null ? "" : " and t.status = :status") + (stageId == null ? "" : " and t.stage_id = :stage");
    }

    List<Row> search(Viewer viewer, String like, long offset, int limit) {
        return jdbc.sql(SELECT + " where lower(t.title) like :q and " + ConfidentialityPolicy.visibleSql(viewer, "p")
                        + " order by case when t.status = 'DONE' then 1 else 0 end, t.due_date, t.id limit :limit offset :offset")
                .param("q", like).param("viewerId", viewer.id()).param("limit", limit).param("offset", offset)
                .query(TaskRepository::map).list();
    }

    long countSearch(Viewer viewer, String like) {
        return jdbc.sql("select count(*) from task t join production p on p.id = t.production_id "
                        + "where lower(t.title) like :q and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("q", like).param("viewerId", viewer.id()).query(Long.class).single();
    }

    /** Usernames and display names of the assignees of each task. */
    Map<Long, List<Person>> assignees(List<Long> taskIds) {
        Map<Long, List<Person>> result = new HashMap<>();
        if (taskIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select a.task_id, u.username, u.display_name from task_assignee a join app_user u on u.id = a.user_id
                where a.task_id in (:ids) order by lower(u.display_name)""")
                .param("ids", taskIds)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Person(rs.getString(2), rs.getString(3)));
                });
        return result;
    }

    List<Task.TaskRef> dependsOn(long taskId) {
        return jdbc.sql("""
                select t.id, t.title, t.status, d.link_type, d.lag_minutes from task_dependency d join task t on t.id = d.depends_on_id
                where d.task_id = ? order by t.due_date, t.title""")
                .param(taskId).query(TaskRepository::ref).list();
    }

    List<Task.TaskRef> dependents(long taskId) {
        return jdbc.sql("""
                select t.id, t.title, t.status, d.link_type, d.lag_minutes from task_dependency d join task t on t.id = d.task_id
                where d.depends_on_id = ? order by t.due_date, t.title""")
                .param(taskId).query(TaskRepository::ref).list();
    }

    /** Every dependency inside a production: task id to the ids it depends on. */
    Map<Long, List<Long>> dependencies(long productionId) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        jdbc.sql("""
                select d.task_id, d.depends_on_id from task_dependency d join task t on t.id = d.task_id
                where t.production_id = ?""")
                .param(productionId)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }

    /** Every task of a production with what the scheduler needs: work, dates, assignees, dependencies. */
    List<PlannedTask> plan(long productionId) {
        return plans(List.of(productionId)).getOrDefault(productionId, List.of());
    }

    /**
     * {@link #plan} of several productions at once, in three queries whatever their number (the load view
     * schedules every production its people work on); a production without tasks is not in the answer.
     */
    Map<Long, List<PlannedTask>> plans(Collection<Long> productionIds) {
        Map<Long, List<PlannedTask>> result = new LinkedHashMap<>();
        if (productionIds.isEmpty()) {
            return result;
        }
        Map<Long, List<Long>> assignees = new HashMap<>();
        jdbc.sql("""
                select a.task_id, a.user_id from task_assignee a join task t on t.id = a.task_id
                where t.production_id in (:ids) order by a.task_id, a.user_id""")
                .param("ids", productionIds)
                .query((ResultSet rs) -> {
                    assignees.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, List<PlannedTask.Predecessor>> links = new HashMap<>();
        jdbc.sql("""
                select d.task_id, d.depends_on_id, d.link_type, d.lag_minutes from task_dependency d
                join task t on t.id = d.task_id where t.production_id in (:ids) order by d.task_id, d.depends_on_id""")
                .param("ids", productionIds)
                .query((ResultSet rs) -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlannedTask.Predecessor(
                            rs.getLong(2), DependencyType.valueOf(rs.getString(3)), rs.getInt(4)));
                });
        jdbc.sql("""
                select t.production_id, t.id, t.title, t.stage_id, t.status, t.estimate_minutes, t.milestone,
                       t.due_date, t.start_not_before
                from task t left join stage s on s.id = t.stage_id where t.production_id in (:ids)
                order by t.production_id, s.sort_order, t.due_date, t.title, t.id""")
                .param("ids", productionIds)
                .query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    long stage = rs.getLong("stage_id");
                    Long stageId = rs.wasNull() ? null : stage;
                    int estimate = rs.getInt("estimate_minutes");
                    Integer minutes = rs.wasNull() ? null : estimate;
                    result.computeIfAbsent(rs.getLong("production_id"), k -> new ArrayList<>()).add(new PlannedTask(
                            id, rs.getString("title"), stageId, TaskStatus.valueOf(rs.getString("status")), minutes,
                            rs.getBoolean("milestone"), rs.getObject("due_date", LocalDate.class),
                            rs.getObject("start_not_before", LocalDate.class), assignees.getOrDefault(id, List.of()),
                            links.getOrDefault(id, List.of())));
                });
        return result;
    }

    /** The productions in which any of these people has open, estimated work assigned, whoever may see them. */
    List<Long> productionsWithOpenWork(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct t.production_id from task_assignee a join task t on t.id = a.task_id
                where a.user_id in (:ids) and t.status <> 'DONE' and t.milestone = false
                  and t.estimate_minutes > 0""")
                .param("ids", userIds).query(Long.class).list();
    }

    /** Titles of tasks of one production, for naming them in messages. */
    Map<Long, String> titles(long productionId, List<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, title from task where production_id = :production and id in (:ids)")
                .param("production", productionId).param("ids", ids)
                .query((ResultSet rs) -> {
                    result.put(rs.getLong(1), rs.getString(2));
                });
        return result;
    }

    void insert(long id, long productionId, TaskFields f, Instant now) {
        jdbc.sql("""
                insert into task (id, production_id, stage_id, title, description, status, estimate_minutes,
                                  due_date, milestone, start_not_before, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, productionId, f.stageId(), f.title(), f.description(), f.status().name(),
                        minutes(f.estimateHours()), f.dueDate(), f.milestone(), f.startNotBefore(), utc(now),
                        utc(now))
                .update();
    }

    boolean update(long id, TaskFields f, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update task set stage_id = ?, title = ?, description = ?, status = ?, estimate_minutes = ?,
                                due_date = ?, milestone = ?, start_not_before = ?, version = version + 1,
                                updated_at = ?
                where id = ? and version = ?""")
                .params(f.stageId(), f.title(), f.description(), f.status().name(), minutes(f.estimateHours()),
                        f.dueDate(), f.milestone(), f.startNotBefore(), utc(now), id, expectedVersion)
                .update() == 1;
    }

    void replaceAssignees(long taskId, List<Long> userIds) {
        jdbc.sql("delete from task_assignee where task_id = ?").param(taskId).update();
        for (long userId : userIds) {
            jdbc.sql("insert into task_assignee (task_id, user_id) values (?, ?)").params(taskId, userId).update();
        }
    }

    void replaceDependencies(long taskId, List<Dependency> dependsOn) {
        jdbc.sql("delete from task_dependency where task_id = ?").param(taskId).update();
        for (Dependency dep : dependsOn) {
            jdbc.sql("insert into task_dependency (task_id, depends_on_id, link_type, lag_minutes) values (?, ?, ?, ?)")
                    .params(taskId, dep.taskId(), dep.type().name(), dep.lagMinutes()).update();
        }
    }

    List<Comment> comments(long taskId, long offset, int limit) {
        return jdbc.sql("""
                select c.id, c.body, c.created_at, u.username, u.display_name
                from task_comment c join app_user u on u.id = c.author_id
                where c.task_id = ? order by c.created_at, c.id limit ? offset ?""")
                .params(taskId, limit, offset)
                .query((rs, n) -> new Comment(rs.getLong("id"), new Person(rs.getString("username"),
                        rs.getString("display_name")), rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    long countComments(long taskId) {
        return jdbc.sql("select count(*) from task_comment where task_id = ?").param(taskId).query(Long.class)
                .single();
    }

    void insertComment(long id, long taskId, long authorId, String body, Instant now) {
        jdbc.sql("insert into task_comment (id, task_id, author_id, body, created_at) values (?, ?, ?, ?, ?)")
                .params(id, taskId, authorId, body, utc(now)).update();
    }

    private static Task.TaskRef ref(ResultSet rs, int n) throws SQLException {
        return new Task.TaskRef(rs.getLong("id"), rs.getString("title"), TaskStatus.valueOf(rs.getString("status")),
                DependencyType.valueOf(rs.getString("link_type")), rs.getInt("lag_minutes") / 60.0);
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long stage = rs.getLong("stage_id");
        Long stageId = rs.wasNull() ? null : stage;
        int estimate = rs.getInt("estimate_minutes");
        Integer estimateMinutes = rs.wasNull() ? null : estimate;
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("production_id"),
                rs.getString("production_name"), stageId, rs.getString("stage_name"), rs.getString("title"),
                rs.getString("description"), TaskStatus.valueOf(rs.getString("status")), estimateMinutes,
                rs.getObject("due_date", LocalDate.class), rs.getBoolean("milestone"),
                rs.getObject("start_not_before", LocalDate.class), rs.getInt("open_deps"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Integer minutes(Double hours) {
        return hours == null ? null : (int) Math.round(hours * 60);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.postops.app.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dated tasks of {@link TaskCalendar}. Kept apart from {@link TaskRepository} so that the calendar's
 * two queries read on their own. A milestone is a task with {@code milestone} set; its due date is its target.
 */
@Repository
class TaskCalendarRepository {

    private static final String COLUMNS = """
            select t.id, t.title, t.production_id, p.name as production_name, s.name as stage_name, t.status,
                   t.due_date, t.updated_at""";

    private final JdbcClient jdbc;

    TaskCalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks assigned to the person, with a due date, in productions they may see. */
    List<TaskCalendar.Entry> openAssigned(Viewer person) {
        return jdbc.sql(COLUMNS + ", false as is_milestone from task_assignee a join task t on t.id = a.task_id"
                        + " join production p on p.id = t.production_id left join stage s on s.id = t.stage_id"
                        + " where a.user_id = :viewerId and t.status <> 'DONE' and t.due_date is not null and "
                        + ConfidentialityPolicy.visibleSql(person, "p"))
                .param("viewerId", person.id()).query(TaskCalendarRepository::map).list();
    }

    /** Milestones, done or not, of productions the person is a member of and may see. */
    List<TaskCalendar.Entry> milestones(Viewer person) {
        return jdbc.sql(COLUMNS + ", true as is_milestone from production_member m"
                        + " join production p on p.id = m.production_id join task t on t.production_id = p.id"
                        + " left join stage s on s.id = t.stage_id"
                        + " where m.user_id = :viewerId and t.milestone = true and t.due_date is not null and "
                        + ConfidentialityPolicy.visibleSql(person, "p"))
                .param("viewerId", person.id()).query(TaskCalendarRepository::map).list();
    }

    private static TaskCalendar.Entry map(ResultSet rs, int n) throws SQLException {
        return new TaskCalendar.Entry(rs.getLong("id"), rs.getString("title"), rs.getLong("production_id"),
                rs.getString("production_name"), rs.getString("stage_name"), TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("due_date", LocalDate.class), rs.getBoolean("is_milestone"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

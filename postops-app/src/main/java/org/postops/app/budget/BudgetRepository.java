package org.postops.app.budget;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.production.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a budget reads of one production: its currency and cap, its stages, and its tasks as a plan.
 * Every query is scoped to one production, which the service has let the viewer see (or whose caller
 * has, for {@link BudgetService#estimate}); the production's own area owns these tables and writes them.
 */
@Repository
class BudgetRepository {

    /** The production's currency and budget cap. */
    record Money(String currency, Long capMinor) {
    }

    /** A stored task as costing sees it, with its title for naming unpriced work. */
    record TaskRow(long id, String title, Long stageId, Integer estimateMinutes, boolean done, LocalDate due) {
    }

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Money> money(long productionId) {
        return jdbc.sql("select currency, budget_cap_minor from production where id = ?").param(productionId)
                .query((rs, n) -> {
                    long cap = rs.getLong("budget_cap_minor");
                    Long capMinor = rs.wasNull() ? null : cap;
                    return new Money(rs.getString("currency"), capMinor);
                })
                .optional();
    }

    List<Stage> stages(long productionId) {
        return jdbc.sql("select id, name, sort_order from stage where production_id = ? order by sort_order, id")
                .param(productionId)
                .query((rs, n) -> new Stage(rs.getLong("id"), rs.getString("name"), rs.getInt("sort_order")))
                .list();
    }

    List<TaskRow> tasks(long productionId) {
        return jdbc.sql("""
                select id, title, stage_id, estimate_minutes, status, due_date from task
                where production_id = ? order by id""")
                .param(productionId)
                .query((rs, n) -> {
                    long stage = rs.getLong("stage_id");
                    Long stageId = rs.wasNull() ? null : stage;
                    int estimate = rs.getInt("estimate_minutes");
                    Integer estimateMinutes = rs.wasNull() ? null : estimate;
                    return new TaskRow(rs.getLong("id"), rs.getString("title"), stageId, estimateMinutes,
                            "DONE".equals(rs.getString("status")), rs.getObject("due_date", LocalDate.class));
                })
                .list();
    }

    /** Each task's assignees' user ids, in a stable order. */
    Map<Long, List<Long>> assignees(long productionId) {
        Map<Long, List<Long>> result = new HashMap<>();
        jdbc.sql("""
                select a.task_id, a.user_id from task_assignee a join task t on t.id = a.task_id
                where t.production_id = ? order by a.task_id, a.user_id""")
                .param(productionId)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }
}

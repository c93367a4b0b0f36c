package org.postops.app.demo;

import java.util.Arrays;
import java.util.List;
import org.postops.app.access.MemberRole;
import org.postops.app.production.ProductionFields;
import org.postops.app.task.TaskStatus;

/**
 * One demo production as data: what it is, who works on it, its tasks and a few comments. Dates are
 * days from today, so the demo always has work overdue, due soon and still to come.
 *
 * @param supervisor who starts it (and so becomes its supervisor)
 * @param producer who plans its tasks and ticks its acceptance criteria
 * @param fields brief and spec; criteria marked done are ticked after creation, as a producer would
 */
record ProductionPlan(String supervisor, String producer, ProductionFields fields, List<TeamMember> team,
        List<ExtraStage> extraStages, List<TaskPlan> tasks, List<Remark> remarks) {

    /** Someone on the team other than the supervisor, with their role on this production. */
    record TeamMember(String username, MemberRole role) {
    }

    /** A stage the team adds to the type's template, placed before an existing one. */
    record ExtraStage(String name, String before) {
    }

    /**
     * A task: {@code key} names it inside the plan so others can depend on it (earlier tasks only);
     * {@code assignees} are usernames; the first assignee moves it from to-do to its status. Each of
     * {@code after} is a key, finish-to-start with no lag, or a key with a type and a lag in hours:
     * {@code "conform ss +8h"} (starts a day after the conform starts), {@code "deliver +16h"}. A milestone
     * (picture lock, delivery) takes no time; its due date is its target.
     */
    record TaskPlan(String key, String stage, String title, List<String> assignees, double hours, int dueInDays,
            TaskStatus status, List<String> after, String description, boolean milestone) {

        /** One line of a plan's task table; {@code who} is space-separated usernames. */
        static TaskPlan task(String key, String stage, String title, String who, double hours, int dueInDays,
                TaskStatus status, String... after) {
            return new TaskPlan(key, stage, title, Arrays.asList(who.split(" ")), hours, dueInDays, status,
                    List.of(after), null, false);
        }

        /** A milestone with its target day, reached when everything in {@code after} is. */
        static TaskPlan milestone(String key, String stage, String title, String who, int targetInDays,
                String... after) {
            return new TaskPlan(key, stage, title, Arrays.asList(who.split(" ")), 0, targetInDays, TaskStatus.TODO,
                    List.of(after), null, true);
        }

        TaskPlan described(String text) {
            return new TaskPlan(key, stage, title, assignees, hours, dueInDays, status, after, text, milestone);
        }
    }

    /** A comment someone left on a task. */
    record Remark(String task, String author, String body) {
    }
}

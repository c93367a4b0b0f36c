package org.postops.app.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.postops.app.production.ProductionFields;
import org.postops.app.task.Dependency;
import org.postops.app.task.TaskFields;
import org.postops.app.web.Formats;

/** Proposed changes in words, as a supervisor would say them to a producer. */
final class Describe {

    private Describe() {
    }

    static String newTask(TaskFields f) {
        StringBuilder s = new StringBuilder(f.milestone() ? "New milestone '" : "New task '").append(f.title())
                .append("'");
        List<String> details = new ArrayList<>();
        if (f.estimateHours() != null && !f.milestone()) {
            details.add(hours(f.estimateHours()));
        }
        if (f.dueDate() != null) {
            details.add((f.milestone() ? "target " : "due ") + f.dueDate());
        }
        if (!f.assignees().isEmpty()) {
            details.add("for " + String.join(", ", f.assignees()));
        }
        if (!f.dependsOn().isEmpty()) {
            details.add("waits for " + f.dependsOn().size() + (f.dependsOn().size() == 1 ? " task" : " tasks"));
        }
        return details.isEmpty() ? s.toString() : s.append(" (").append(String.join(", ", details)).append(")")
                .toString();
    }

    static String changedTask(TaskFields before, TaskFields after, Map<Long, String> titles) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.title(), after.title())) {
            parts.add("renamed '" + after.title() + "'");
        }
        if (!Objects.equals(before.estimateHours(), after.estimateHours())) {
            parts.add("estimate " + hours(before.estimateHours()) + " → " + hours(after.estimateHours()));
        }
        if (!Objects.equals(before.dueDate(), after.dueDate())) {
            parts.add("due " + text(before.dueDate()) + " → " + text(after.dueDate()));
        }
        if (!Objects.equals(before.startNotBefore(), after.startNotBefore())) {
            parts.add("starts no earlier than " + text(before.startNotBefore()) + " → " + text(after.startNotBefore()));
        }
        if (!before.dependsOn().equals(after.dependsOn())) {
            parts.add("waits for " + waits(after.dependsOn(), titles) + " (was " + waits(before.dependsOn(), titles)
                    + ")");
        }
        if (!before.assignees().equals(after.assignees())) {
            parts.add("assigned to " + people(after.assignees()) + " (was " + people(before.assignees()) + ")");
        }
        if (before.status() != after.status()) {
            parts.add("status " + before.status().label().toLowerCase(java.util.Locale.ROOT) + " → "
                    + after.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        if (!Objects.equals(before.stageId(), after.stageId())) {
            parts.add("moved to another stage");
        }
        if (!Objects.equals(before.description(), after.description())) {
            parts.add("description changed");
        }
        return "'" + before.title() + "': " + (parts.isEmpty() ? "no change" : String.join("; ", parts));
    }

    static String changedProduction(ProductionFields before, ProductionFields after) {
        List<String> parts = SpecDiff.between(before, after).stream()
                .map(c -> c.field() + " " + text(c.before()) + " → " + text(c.after())).toList();
        return "Production: " + (parts.isEmpty() ? "no change" : String.join("; ", parts));
    }

    private static String waits(List<Dependency> deps, Map<Long, String> titles) {
        if (deps.isEmpty()) {
            return "nothing";
        }
        return deps.stream().map(d -> "'" + titles.getOrDefault(d.taskId(), "task " + d.taskId()) + "'"
                + (d.lagMinutes() == 0 ? "" : " + " + Formats.workTime(d.lagMinutes()))
                + (d.type() == null || d.type() == org.postops.app.task.DependencyType.FINISH_TO_START ? ""
                        : " (" + d.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String people(List<String> usernames) {
        return usernames.isEmpty() ? "nobody" : String.join(", ", usernames);
    }

    private static String hours(Double hours) {
        return hours == null ? "no estimate" : Formats.workTime(Math.round(hours * 60));
    }

    private static String text(Object value) {
        return value == null ? "none" : value.toString();
    }
}

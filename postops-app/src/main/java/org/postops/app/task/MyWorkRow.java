package org.postops.app.task;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.postops.app.web.Formats;

/**
 * One line of the My work page with everything it shows already worked out, so that rendering a line
 * is a few plain reads: this is the busiest page of the facility (docs/benchmarks.md).
 *
 * <p>A class with JavaBean getters rather than a record on purpose: Thymeleaf's SpEL reads getters
 * through a cached, compiled accessor but looks record accessors ({@code title()}) up again on every read,
 * which doubled the page's cost.
 */
public final class MyWorkRow {

    private final String taskHref;
    private final String title;
    private final List<Badge> flags;
    private final String productionHref;
    private final String productionName;
    private final String stage;
    private final Badge status;
    private final String due;
    private final String estimate;
    private final boolean overdue;
    private final List<String> skillGaps;
    private final String askHelpHref;

    private MyWorkRow(TaskSummary t, Formats formats, ZoneId zone, List<SkillShortfalls.Shortfall> gaps) {
        taskHref = "/tasks/" + t.id();
        title = t.title();
        flags = t.flags().badges();
        productionHref = "/productions/" + t.productionId();
        productionName = t.productionName();
        stage = t.stageName() == null ? "—" : t.stageName();
        status = t.status().badge();
        due = t.dueDate() == null ? "—" : formats.date(t.dueDate(), zone);
        estimate = t.estimateHours() == null ? "—" : formats.hours(t.estimateHours());
        overdue = t.flags().overdue();
        skillGaps = gaps.stream().map(SkillShortfalls.Shortfall::describe).toList();
        askHelpHref = gaps.isEmpty() ? null : "/tickets/new?taskId=" + t.id() + gaps.stream()
                .map(SkillShortfalls.Shortfall::kitId).filter(Objects::nonNull).distinct()
                .map(k -> "&kitId=" + k).collect(Collectors.joining());
    }

    static MyWorkRow of(TaskSummary t, Formats formats, ZoneId zone) {
        return new MyWorkRow(t, formats, zone, List.of());
    }

    static MyWorkRow of(TaskSummary t, Formats formats, ZoneId zone, List<SkillShortfalls.Shortfall> gaps) {
        return new MyWorkRow(t, formats, zone, gaps);
    }

    /**
     * "needs Nuke: expert, you: basic", one per skill the viewer falls short of; a need that comes from a
     * qualified configuration of kit booked to the task says so ("needs DaVinci Resolve colour: working
     * (qualified configuration “Grade suite”, kit Grade 1), you: basic").
     */
    public List<String> getSkillGaps() {
        return skillGaps;
    }

    /** Where to ask for help with those: a new ticket about this task and the kit named; null without a gap. */
    public String getAskHelpHref() {
        return askHelpHref;
    }

    public String getTaskHref() {
        return taskHref;
    }

    public String getTitle() {
        return title;
    }

    public List<Badge> getFlags() {
        return flags;
    }

    public String getProductionHref() {
        return productionHref;
    }

    public String getProductionName() {
        return productionName;
    }

    public String getStage() {
        return stage;
    }

    public Badge getStatus() {
        return status;
    }

    public String getDue() {
        return due;
    }

    public String getEstimate() {
        return estimate;
    }

    public boolean isOverdue() {
        return overdue;
    }
}

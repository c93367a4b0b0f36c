package org.postops.app.schedule.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postops.app.production.Stage;
import org.postops.app.schedule.ProductionSchedule;
import org.postops.app.schedule.ProductionSchedule.Milestone;
import org.postops.app.schedule.ProductionSchedule.TaskDates;
import org.postops.app.task.DependencyType;
import org.postops.app.task.TaskStatus;
import org.postops.planning.WorkCalendar;

/**
 * A production's Gantt chart, worked out once from its schedule: the rows (a header per stage in stage order,
 * its tasks by early start, tasks without a stage last), the time axis, and the chart itself as SVG markup.
 * The same rows, with their dates as text in the viewer's zone, make the table beside the chart.
 *
 * <p>Drawn: a bar from early start to early finish (critical bars marked {@code critical}), total float as a
 * thin line on to late finish, milestones as diamonds with their target flagged (missed ones marked
 * {@code missed}, "misses by 3 h"), a connector per dependency (finish-to-start from the predecessor's end to the
 * successor's start, start-to-start between starts, finish-to-finish between ends), days off shaded, and a
 * line at now. All text is escaped; the chart carries no script and no style attribute (the page's content
 * security policy allows neither), only classes styled by postops.css.
 */
public final class GanttChart {

    /** How much time a column holds. */
    public enum Zoom {
        DAY, WEEK;

        /** {@code day} or {@code week}; null for none. */
        public static Zoom parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "day":
                    return DAY;
                case "week":
                    return WEEK;
                default:
                    throw new IllegalArgumentException("must be day or week");
            }
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A dependency to draw: {@code to} waits for {@code from}. */
    public record Link(long from, long to, DependencyType type, int lagMinutes) {
    }

    /**
     * A row of the chart and of the table: a stage's header ({@code header}, with only {@code label}) or a
     * task, its dates as the viewer reads them, and a note (a missed target).
     */
    public record Row(boolean header, String label, Long taskId, String stage, boolean critical, boolean milestone,
            TaskStatus status, String earlyStart, String earlyFinish, String lateStart, String lateFinish,
            String work, String totalFloat, String freeFloat, String note) {
    }

    /** A stage's header row and its tasks' rows. */
    public record Group(String stage, List<Row> tasks) {
    }

    /** A plan whose axis would be longer than this by day is drawn by week instead (two years of day columns). */
    static final int MAX_DAYS_BY_DAY = 731;
    /** The most weeks drawn; a longer plan is cut, and says so (ten years). */
    static final int MAX_WEEKS = 522;
    /** With no zoom asked for, a plan of up to this many weeks is drawn by day. */
    static final int AUTO_DAY_WEEKS = 12;
    /** Today is brought into the chart when it is this close to the plan's dates. */
    static final int TODAY_REACH_DAYS = 28;

    static final int HEADER = 52;
    static final int MONTH_ROW = 20;
    static final int ROW = 28;
    static final int BAR = 14;
    static final int ELBOW = 6;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter WEEK_OF = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final String name;
    private final ProductionSchedule schedule;
    private final List<Row> rows;
    private final List<TaskDates> rowTasks;
    private final List<Link> links;
    private final Map<Long, Milestone> milestones;
    private final Set<Edge> criticalLinks;
    private final TimeAxis axis;
    private final Instant now;
    private final ScheduleText text;
    private final WorkCalendar calendar;
    private final List<String> notes;

    private GanttChart(String name, ProductionSchedule schedule, List<Row> rows, List<TaskDates> rowTasks,
            List<Link> links, TimeAxis axis, Instant now, ScheduleText text, WorkCalendar calendar,
            List<String> notes) {
        this.name = name;
        this.schedule = schedule;
        this.rows = rows;
        this.rowTasks = rowTasks;
        this.links = links;
        this.axis = axis;
        this.now = now;
        this.text = text;
        this.calendar = calendar;
        this.notes = notes;
        this.milestones = new HashMap<>();
        for (Milestone m : schedule.milestones()) {
            milestones.put(m.taskId(), m);
        }
        this.criticalLinks = new HashSet<>();
        for (List<Long> path : schedule.criticalPaths()) {
            for (int i = 1; i < path.size(); i++) {
                criticalLinks.add(new Edge(path.get(i - 1), path.get(i)));
            }
        }
    }

    /**
     * The chart of a schedule.
     *
     * @param name what the chart is of (the production's name), for its accessible title
     * @param stages the production's stages, in order
     * @param links the dependencies between the schedule's tasks
     * @param zoom day or week; null to choose by the plan's length
     * @param now the current instant, for the today line
     * @param viewerZone the zone the viewer reads times in
     */
    public static GanttChart of(String name, ProductionSchedule schedule, List<Stage> stages, List<Link> links,
            WorkCalendar calendar, Zoom zoom, Instant now, ZoneId viewerZone) {
        ScheduleText text = new ScheduleText(viewerZone, now);
        ZoneId facility = calendar.zone();
        List<String> notes = new ArrayList<>();

        LocalDate from = day(schedule.start(), facility);
        LocalDate to = day(schedule.finish(), facility);
        for (TaskDates t : schedule.tasks()) {
            from = earlier(from, day(t.earlyStart(), facility));
            to = later(to, day(t.lateFinish(), facility));
        }
        for (Milestone m : schedule.milestones()) {
            from = earlier(from, day(m.target(), facility));
            to = later(to, day(m.target(), facility));
        }
        LocalDate today = LocalDate.ofInstant(now, facility);
        if (!today.isBefore(from.minusDays(TODAY_REACH_DAYS)) && !today.isAfter(to.plusDays(TODAY_REACH_DAYS))) {
            from = earlier(from, today);
            to = later(to, today);
        } else {
            notes.add("Today (" + text.day(LocalDate.ofInstant(now, viewerZone)) + ") is outside the plan's dates.");
        }
        to = to.plusDays(2); // room after the last bar for a milestone's "misses by" note

        long span = ChronoUnit.DAYS.between(from, to) + 1;
        Zoom chosen = zoom != null ? zoom : span <= AUTO_DAY_WEEKS * 7L ? Zoom.DAY : Zoom.WEEK;
        if (chosen == Zoom.DAY && span > MAX_DAYS_BY_DAY) {
            chosen = Zoom.WEEK;
            notes.add("The plan is too long to show by day; it is shown by week.");
        }
        TimeAxis axis = TimeAxis.spanning(calendar, chosen, from, to);
        if (axis.days() > MAX_WEEKS * 7) {
            axis = axis.firstWeeks(MAX_WEEKS);
            notes.add("The chart shows the plan's first " + MAX_WEEKS + " weeks; the table below has every date.");
        }
        if (!viewerZone.equals(facility)) {
            notes.add("Days are the facility's (" + facility.getId() + "); times are in your time zone ("
                    + viewerZone.getId() + ").");
        }

        List<Row> rows = new ArrayList<>();
        List<TaskDates> rowTasks = new ArrayList<>();
        Map<Long, Milestone> byMilestone = new HashMap<>();
        schedule.milestones().forEach(m -> byMilestone.put(m.taskId(), m));
        for (Map.Entry<String, List<TaskDates>> group : groups(schedule.tasks(), stages).entrySet()) {
            rows.add(new Row(true, group.getKey(), null, group.getKey(), false, false, null, null, null, null, null,
                    null, null, null, null));
            rowTasks.add(null);
            for (TaskDates t : group.getValue()) {
                rows.add(row(t, group.getKey(), byMilestone.get(t.taskId()), text));
                rowTasks.add(t);
            }
        }
        return new GanttChart(name, schedule, List.copyOf(rows), rowTasks, List.copyOf(links), axis, now, text,
                calendar, List.copyOf(notes));
    }

    /** Tasks by stage name, in stage order; tasks without a (known) stage last under "No stage". */
    private static Map<String, List<TaskDates>> groups(List<TaskDates> tasks, List<Stage> stages) {
        Map<Long, List<TaskDates>> byStage = new LinkedHashMap<>();
        List<Stage> ordered = stages.stream().sorted(Comparator.comparingInt(Stage::position)).toList();
        for (Stage s : ordered) {
            byStage.put(s.id(), new ArrayList<>());
        }
        List<TaskDates> loose = new ArrayList<>();
        for (TaskDates t : tasks) {
            List<TaskDates> in = t.stageId() == null ? null : byStage.get(t.stageId());
            (in == null ? loose : in).add(t);
        }
        Comparator<TaskDates> byStart = Comparator.comparing(TaskDates::earlyStart)
                .thenComparing(TaskDates::earlyFinish).thenComparing(TaskDates::title)
                .thenComparingLong(TaskDates::taskId);
        Map<String, List<TaskDates>> groups = new LinkedHashMap<>();
        for (Stage s : ordered) {
            List<TaskDates> in = byStage.get(s.id());
            if (!in.isEmpty()) {
                in.sort(byStart);
                groups.merge(s.name(), in, (a, b) -> { // two stages of one name: one group
                    List<TaskDates> both = new ArrayList<>(a);
                    both.addAll(b);
                    both.sort(byStart);
                    return both;
                });
            }
        }
        if (!loose.isEmpty()) {
            loose.sort(byStart);
            groups.put(groups.containsKey("No stage") ? "No stage (unplaced)" : "No stage", loose);
        }
        return groups;
    }

    private static Row row(TaskDates t, String stage, Milestone m, ScheduleText text) {
        String note = null;
        if (m != null && !m.meetsTarget()) {
            note = "Misses its target (" + text.day(m.targetDate()) + ") by " + ScheduleText.hours(m.hoursLate());
        } else if (m != null) {
            note = "Meets its target (" + text.day(m.targetDate()) + ")";
        }
        return new Row(false, t.title(), t.taskId(), stage, t.critical(), t.milestone(), t.status(),
                text.time(t.earlyStart().toInstant()), text.time(t.earlyFinish().toInstant()),
                text.time(t.lateStart().toInstant()), text.time(t.lateFinish().toInstant()),
                t.milestone() ? "Milestone" : ScheduleText.hours(t.durationHours()),
                ScheduleText.hours(t.totalFloatHours()), ScheduleText.hours(t.freeFloatHours()), note);
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The rows by stage, for the table. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        List<Row> tasks = null;
        for (Row r : rows) {
            if (r.header()) {
                tasks = new ArrayList<>();
                groups.add(new Group(r.label(), tasks));
            } else {
                tasks.add(r);
            }
        }
        return groups;
    }

    public Zoom zoom() {
        return axis.zoom();
    }

    /** Day columns or week columns. */
    public int columns() {
        return axis.columns();
    }

    public int width() {
        return axis.width();
    }

    public int height() {
        return HEADER + rows.size() * ROW + 1;
    }

    /** Things the chart wants said beside it: a long plan cut or shown by week, today off the chart, zones. */
    public List<String> notes() {
        return notes;
    }

    /** Where the today line is, or null when today is not on the chart. */
    public Integer todayX() {
        return axis.shows(now) ? (int) Math.round(x(now)) : null;
    }

    public ProductionSchedule schedule() {
        return schedule;
    }

    TimeAxis axis() {
        return axis;
    }

    /** Where an instant falls on the chart. */
    double x(Instant instant) {
        return axis.x(instant);
    }

    /** The top of row {@code i}. */
    static int rowTop(int i) {
        return HEADER + i * ROW;
    }

    // drawing

    /** The chart as an inline SVG element. */
    public String svg() {
        int width = width();
        int height = height();
        StringBuilder out = new StringBuilder(4096 + rows.size() * 700 + links.size() * 200 + axis.days() * 120);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt-chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"gantt-title\">");
        out.append("<title id=\"gantt-title\">").append(esc("Gantt chart of " + name + ", by "
                + axis.zoom().param() + "; the same dates are in the table below")).append("</title>");
        out.append("<defs>")
                .append("<marker id=\"gantt-arrow\" class=\"g-arrow\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" "
                        + "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">"
                        + "<path d=\"M0,0 L6,3 L0,6 z\"/></marker>")
                .append("<marker id=\"gantt-arrow-critical\" class=\"g-arrow critical\" viewBox=\"0 0 6 6\" "
                        + "refX=\"6\" refY=\"3\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">"
                        + "<path d=\"M0,0 L6,3 L0,6 z\"/></marker>")
                .append("</defs>");
        days(out, height);
        stageBands(out, width);
        axisLabels(out, width);
        rowLines(out, width);
        linksSvg(out);
        tasks(out);
        today(out, height);
        out.append("</svg>");
        return out.toString();
    }

    /** Days off shaded (with the bank holiday's name), and a line at each column's left edge. */
    private void days(StringBuilder out, int height) {
        out.append("<g class=\"g-days\">");
        int top = MONTH_ROW;
        for (LocalDate d = axis.first(); d.isBefore(axis.end()); d = d.plusDays(1)) {
            if (!axis.isWorkingDay(d)) {
                String holiday = axis.holiday(d);
                out.append("<rect class=\"").append(holiday != null ? "g-off g-holiday" : "g-off")
                        .append("\" x=\"").append(num(axis.x(d))).append("\" y=\"").append(top)
                        .append("\" width=\"").append(axis.dayWidth()).append("\" height=\"").append(height - top)
                        .append("\">");
                out.append("<title>").append(esc(DAY_TITLE.format(d) + (holiday != null ? ": " + holiday
                        : ": not a working day"))).append("</title></rect>");
            }
        }
        for (int i = 0; i <= axis.columns(); i++) {
            LocalDate d = axis.columnStart(i);
            boolean week = d.getDayOfWeek() == java.time.DayOfWeek.MONDAY;
            double x = Math.min(axis.x(d), axis.width() - 0.5);
            out.append("<line class=\"").append(week ? "g-col g-week" : "g-col").append("\" x1=\"").append(num(x))
                    .append("\" x2=\"").append(num(x)).append("\" y1=\"").append(top).append("\" y2=\"")
                    .append(height).append("\"/>");
        }
        out.append("</g>");
    }

    private void stageBands(StringBuilder out, int width) {
        out.append("<g class=\"g-stages\">");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).header()) {
                out.append("<rect class=\"g-stage\" x=\"0\" y=\"").append(rowTop(i)).append("\" width=\"")
                        .append(width).append("\" height=\"").append(ROW).append("\"/>");
            }
        }
        out.append("</g>");
    }

    private void axisLabels(StringBuilder out, int width) {
        out.append("<g class=\"g-axis\">");
        out.append("<line class=\"g-axis-line\" x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(HEADER)
                .append("\" y2=\"").append(HEADER).append("\"/>");
        // months: at the axis's start, and where each month begins; a short name, or none, where room is short
        LocalDate month = axis.first().withDayOfMonth(1);
        while (month.isBefore(axis.end())) {
            double x = month.isBefore(axis.first()) ? 0 : axis.x(month);
            LocalDate next = month.plusMonths(1);
            double room = (next.isBefore(axis.end()) ? axis.x(next) : width) - x;
            String label = MONTH.format(month);
            if (room < textWidth(label)) {
                label = SHORT_MONTH.format(month);
            }
            if (x > 0) {
                out.append("<line class=\"g-month\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
                        .append("\" y1=\"0\" y2=\"").append(MONTH_ROW).append("\"/>");
            }
            if (room >= textWidth(label)) {
                out.append("<text class=\"g-month-label\" x=\"").append(num(x + 4)).append("\" y=\"14\">")
                        .append(esc(label)).append("</text>");
            }
            month = next;
        }
        int cw = axis.columnWidth();
        for (int i = 0; i < axis.columns(); i++) {
            LocalDate d = axis.columnStart(i);
            double x = axis.x(d);
            if (axis.zoom() == Zoom.DAY) {
                String off = axis.isWorkingDay(d) ? "" : " off";
                out.append("<text class=\"g-day-label").append(off).append("\" x=\"").append(num(x + cw / 2.0))
                        .append("\" y=\"34\">").append(WEEKDAY.format(d)).append("</text>");
                out.append("<text class=\"g-day-number").append(off).append("\" x=\"").append(num(x + cw / 2.0))
                        .append("\" y=\"47\">").append(d.getDayOfMonth()).append("</text>");
            } else {
                out.append("<text class=\"g-week-label\" x=\"").append(num(x + 4)).append("\" y=\"42\">w/c ")
                        .append(WEEK_OF.format(d)).append("</text>");
            }
        }
        out.append("</g>");
    }

    private void rowLines(StringBuilder out, int width) {
        out.append("<g class=\"g-rows\">");
        for (int i = 1; i <= rows.size(); i++) {
            out.append("<line class=\"g-row\" x1=\"0\" x2=\"").append(width).append("\" y1=\"")
                    .append(rowTop(i) - 0.5).append("\" y2=\"").append(rowTop(i) - 0.5).append("\"/>");
        }
        out.append("</g>");
    }

    private void linksSvg(StringBuilder out) {
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rowTasks.get(i) != null) {
                rowOf.put(rowTasks.get(i).taskId(), i);
            }
        }
        out.append("<g class=\"g-links\">");
        for (Link link : links) {
            Integer from = rowOf.get(link.from());
            Integer to = rowOf.get(link.to());
            if (from == null || to == null) {
                continue;
            }
            TaskDates a = rowTasks.get(from);
            TaskDates b = rowTasks.get(to);
            boolean critical = criticalLinks.contains(new Edge(link.from(), link.to()));
            out.append("<path class=\"g-link").append(critical ? " critical" : "").append("\" data-from=\"")
                    .append(link.from()).append("\" data-to=\"").append(link.to()).append("\" d=\"")
                    .append(connector(link.type(), a, b, from, to)).append("\" marker-end=\"url(#gantt-arrow")
                    .append(critical ? "-critical" : "").append(")\"><title>")
                    .append(esc(linkTitle(link, a, b))).append("</title></path>");
        }
        out.append("</g>");
    }

    /**
     * An elbow from the predecessor's end (or start) to the successor's start (or end): out sideways, along the
     * grid line next to the successor's row (never through another row's middle, where bars and float lines are),
     * and in sideways with the arrow.
     */
    String connector(DependencyType type, TaskDates a, TaskDates b, int fromRow, int toRow) {
        double y1 = rowTop(fromRow) + ROW / 2.0;
        double y2 = rowTop(toRow) + ROW / 2.0;
        double line = (toRow > fromRow ? rowTop(toRow) : rowTop(toRow + 1)) - 0.5;
        double from;
        double out;
        double to;
        double in;
        switch (type) {
            case START_TO_START:
                from = x(a.earlyStart().toInstant());
                out = from - ELBOW;
                to = x(b.earlyStart().toInstant());
                in = to - ELBOW;
                break;
            case FINISH_TO_FINISH:
                from = x(a.earlyFinish().toInstant());
                out = from + ELBOW;
                to = x(b.earlyFinish().toInstant());
                in = to + ELBOW;
                break;
            default:
                from = x(a.earlyFinish().toInstant());
                out = from + ELBOW;
                to = x(b.earlyStart().toInstant());
                in = to - ELBOW;
        }
        return "M" + num(from) + "," + num(y1) + " H" + num(out) + " V" + num(line) + " H" + num(in) + " V" + num(y2)
                + " H" + num(to);
    }

    private String linkTitle(Link link, TaskDates a, TaskDates b) {
        String how;
        switch (link.type()) {
            case START_TO_START:
                how = "starts after " + a.title() + " starts";
                break;
            case FINISH_TO_FINISH:
                how = "finishes after " + a.title() + " finishes";
                break;
            default:
                how = "starts after " + a.title() + " finishes";
        }
        String lag = link.lagMinutes() == 0 ? ""
                : link.lagMinutes() > 0 ? ", plus " + ScheduleText.minutes(link.lagMinutes()) + " lag"
                : ", less " + ScheduleText.minutes(-link.lagMinutes()) + " lead";
        return b.title() + " " + how + lag;
    }

    private void tasks(StringBuilder out) {
        out.append("<g class=\"g-tasks\">");
        for (int i = 0; i < rows.size(); i++) {
            TaskDates t = rowTasks.get(i);
            if (t == null) {
                continue;
            }
            double mid = rowTop(i) + ROW / 2.0;
            double start = x(t.earlyStart().toInstant());
            double end = x(t.earlyFinish().toInstant());
            double late = x(t.lateFinish().toInstant());
            Milestone m = milestones.get(t.taskId());
            boolean missed = m != null && !m.meetsTarget();
            StringBuilder classes = new StringBuilder(t.milestone() ? "g-task g-milestone" : "g-task");
            if (t.critical()) {
                classes.append(" critical");
            }
            if (missed) {
                classes.append(" missed");
            }
            if (t.status() == TaskStatus.DONE) {
                classes.append(" done");
            }
            if (!t.milestone() && t.durationHours() == 0) {
                classes.append(" unestimated");
            }
            out.append("<g class=\"").append(classes).append("\" data-task-id=\"").append(t.taskId())
                    .append("\"><title>").append(esc(taskTitle(t, m))).append("</title>");
            if (late > end + 0.5) {
                out.append("<line class=\"g-float\" x1=\"").append(num(end)).append("\" x2=\"").append(num(late))
                        .append("\" y1=\"").append(num(mid)).append("\" y2=\"").append(num(mid)).append("\"/>");
                out.append("<line class=\"g-float\" x1=\"").append(num(late)).append("\" x2=\"").append(num(late))
                        .append("\" y1=\"").append(num(mid - 3)).append("\" y2=\"").append(num(mid + 3))
                        .append("\"/>");
            }
            if (t.milestone()) {
                milestone(out, t, m, end, mid, i);
            } else {
                double w = Math.max(3, end - start);
                out.append("<rect class=\"g-bar\" x=\"").append(num(start)).append("\" y=\"")
                        .append(num(mid - BAR / 2.0)).append("\" width=\"").append(num(w)).append("\" height=\"")
                        .append(BAR).append("\" rx=\"3\"/>");
            }
            out.append("</g>");
        }
        out.append("</g>");
    }

    private void milestone(StringBuilder out, TaskDates t, Milestone m, double at, double mid, int row) {
        double r = 7;
        if (m != null) {
            double target = x(m.target().toInstant());
            int top = rowTop(row);
            out.append("<g class=\"g-target\"><line x1=\"").append(num(target)).append("\" x2=\"")
                    .append(num(target)).append("\" y1=\"").append(top + 3).append("\" y2=\"").append(top + ROW - 3)
                    .append("\"/><path d=\"M").append(num(target)).append(',').append(top + 3)
                    .append(" h7 l-2,3 l2,3 h-7 z\"/></g>");
            if (!m.meetsTarget()) {
                out.append("<text class=\"g-miss\" x=\"").append(num(Math.max(at, target) + r + 4)).append("\" y=\"")
                        .append(num(mid + 4)).append("\">misses by ").append(esc(ScheduleText.hours(m.hoursLate())))
                        .append("</text>");
            }
        }
        out.append("<path class=\"g-diamond\" d=\"M").append(num(at)).append(',').append(num(mid - r)).append(" L")
                .append(num(at + r)).append(',').append(num(mid)).append(" L").append(num(at)).append(',')
                .append(num(mid + r)).append(" L").append(num(at - r)).append(',').append(num(mid)).append(" Z\"/>");
    }

    private String taskTitle(TaskDates t, Milestone m) {
        StringBuilder s = new StringBuilder(t.title());
        if (t.milestone()) {
            s.append(" (milestone)\nExpected ").append(text.time(t.earlyFinish().toInstant()));
            if (m != null) {
                s.append("\nTarget ").append(text.day(m.targetDate())).append(" (end of day)");
                if (m.meetsTarget()) {
                    long spare = calendar.workingMinutesBetween(m.expected().toZonedDateTime(),
                            m.target().toZonedDateTime());
                    s.append(spare == 0 ? "\nMeets its target exactly" : "\nMeets its target with "
                            + ScheduleText.minutes(spare) + " to spare");
                } else {
                    s.append("\nMisses its target by ").append(ScheduleText.hours(m.hoursLate()));
                }
            }
        } else {
            s.append(" (").append(t.status() == null ? "" : t.status().label().toLowerCase(Locale.ROOT)).append(")")
                    .append("\nStart ").append(text.time(t.earlyStart().toInstant()))
                    .append("\nFinish ").append(text.time(t.earlyFinish().toInstant()))
                    .append("\nWork ").append(t.durationHours() == 0 ? "not estimated"
                            : ScheduleText.hours(t.durationHours()));
        }
        if (t.critical()) {
            s.append("\nCritical: any delay moves the finish");
        } else {
            s.append("\nFloat ").append(ScheduleText.hours(t.totalFloatHours())).append(" (latest finish ")
                    .append(text.time(t.lateFinish().toInstant())).append(')');
        }
        return s.toString();
    }

    private void today(StringBuilder out, int height) {
        if (!axis.shows(now)) {
            return;
        }
        double x = x(now);
        out.append("<g class=\"g-today\"><title>").append(esc("Now: " + text.time(now))).append("</title>")
                .append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"")
                .append(MONTH_ROW).append("\" y2=\"").append(height).append("\"/>")
                .append("<text x=\"").append(num(x + 3)).append("\" y=\"").append(HEADER + 11)
                .append("\">Today</text></g>");
    }

    // small things

    /** Two tasks one after the other on a critical path. */
    private record Edge(long from, long to) {
    }

    private static LocalDate day(OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone).toLocalDate();
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    /** Room a month label needs at 12px, with a margin either side: generous, as fonts differ. */
    private static double textWidth(String label) {
        return label.length() * 7.5 + 8;
    }

    /** A coordinate to a tenth of a pixel, without a trailing ".0". */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        long whole = tenths / 10;
        long rest = Math.abs(tenths % 10);
        if (rest == 0) {
            return Long.toString(whole);
        }
        return (tenths < 0 && whole == 0 ? "-" : "") + whole + "." + rest;
    }

    /** Text made safe inside SVG elements and attributes. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}

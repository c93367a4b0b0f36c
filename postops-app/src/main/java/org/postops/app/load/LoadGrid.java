package org.postops.app.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postops.app.load.LoadReport.DayLoad;
import org.postops.app.web.Formats;
import org.postops.app.load.LoadReport.PersonLoad;
import org.postops.app.load.LoadReport.ProductionHours;
import org.postops.planning.WorkCalendar;

/**
 * The People page's grid, worked out in Java from a {@link LoadReport} (so the page shows exactly what the
 * API says, "busy" included): a row per person, a column per day or per week, each cell a level of load
 * (light, normal, full, over), its hours and the lines its details list. Getters, not record accessors:
 * Thymeleaf reads getters through a cached accessor (docs/benchmarks.md).
 */
final class LoadGrid {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    /** A column heading: a day ("Tue", "5 Mar") or a week ("Week of", "4 Mar"). */
    static final class Column {
        private final String label;
        private final String sub;
        private final String css;

        Column(String label, String sub, String css) {
            this.label = label;
            this.sub = sub;
            this.css = css;
        }

        public String getLabel() {
            return label;
        }

        public String getSub() {
            return sub;
        }

        public String getCss() {
            return css;
        }
    }

    /** One cell: its classes, the hours it shows, and the lines of its details. */
    static final class Cell {
        private final String css;
        private final String text;
        private final List<String> lines;
        private final boolean focusable;

        Cell(String css, String text, List<String> lines, boolean focusable) {
            this.css = css;
            this.text = text;
            this.lines = lines;
            this.focusable = focusable;
        }

        public String getCss() {
            return css;
        }

        public String getText() {
            return text;
        }

        public List<String> getLines() {
            return lines;
        }

        public String getDetail() {
            return String.join("\n", lines);
        }

        public String getTabindex() {
            return focusable ? "0" : null;
        }
    }

    /** A person's row. */
    static final class Row {
        private final long userId;
        private final String name;
        private final String total;
        private final String over;
        private final List<Cell> cells;

        Row(long userId, String name, String total, String over, List<Cell> cells) {
            this.userId = userId;
            this.name = name;
            this.total = total;
            this.over = over;
            this.cells = cells;
        }

        public long getUserId() {
            return userId;
        }

        public String getName() {
            return name;
        }

        public String getTotal() {
            return total;
        }

        public String getOver() {
            return over;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    private final List<Column> columns;
    private final List<Row> rows;

    private LoadGrid(List<Column> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The grid by day, or by week (Monday to Sunday, cut at the window's ends) when {@code weeks}. */
    static LoadGrid of(LoadReport report, WorkCalendar facility, LocalDate today, boolean weeks) {
        List<List<LocalDate>> groups = new ArrayList<>();
        for (LocalDate day = report.from(); !day.isAfter(report.to()); day = day.plusDays(1)) {
            if (groups.isEmpty() || !weeks || day.getDayOfWeek() == DayOfWeek.MONDAY) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(day);
        }
        List<Column> columns = new ArrayList<>();
        for (List<LocalDate> group : groups) {
            LocalDate first = group.get(0);
            if (weeks) {
                boolean now = !today.isBefore(first) && !today.isAfter(group.get(group.size() - 1));
                columns.add(new Column("Week of", SHORT.format(first.with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.MONDAY))), now ? "today" : ""));
            } else {
                String css = (facility.isWorkingDay(first) ? "" : "closed ") + (first.equals(today) ? "today"
                        : first.isBefore(today) ? "past" : "");
                columns.add(new Column(first.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                        Locale.UK), SHORT.format(first), css.strip()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (PersonLoad person : report.items()) {
            Map<LocalDate, DayLoad> days = new LinkedHashMap<>();
            person.days().forEach(d -> days.put(d.date(), d));
            List<Cell> cells = new ArrayList<>();
            for (List<LocalDate> group : groups) {
                cells.add(weeks ? week(group.stream().map(days::get).toList()) : day(days.get(group.get(0))));
            }
            rows.add(new Row(person.userId(), person.displayName(), person.load() + " of " + person.capacity(),
                    person.overHours() > 0 ? person.over() + " over" : "", cells));
        }
        return new LoadGrid(columns, rows);
    }

    private static Cell day(DayLoad d) {
        long load = minutes(d.loadHours());
        long capacity = minutes(d.capacityHours());
        List<String> lines = new ArrayList<>();
        lines.add(DAY.format(d.date()));
        if (d.dayOff() != null) {
            lines.add(d.dayOff().label() + " (day off)");
        } else if (d.bankHoliday() != null) {
            lines.add(d.bankHoliday());
        }
        lines.add(capacity > 0 ? d.load() + " of " + d.capacity()
                : load > 0 ? d.load() + " planned on a day without working hours" : "Not working");
        if (d.overAllocated()) {
            lines.add("Over by " + d.over());
        }
        entries(d.productions(), lines);
        String text = load > 0 ? Formats.clockTime(load) : d.dayOff() != null ? "off" : "";
        return new Cell("cell " + level(load, capacity, d.overAllocated()) + (d.dayOff() != null ? " day-off" : ""),
                text, lines, load > 0 || d.dayOff() != null);
    }

    private static Cell week(List<DayLoad> week) {
        long load = 0;
        long capacity = 0;
        long over = 0;
        int overDays = 0;
        int daysOff = 0;
        Map<String, long[]> byLabel = new LinkedHashMap<>();
        for (DayLoad d : week) {
            load += minutes(d.loadHours());
            capacity += minutes(d.capacityHours());
            over += minutes(d.overHours());
            overDays += d.overAllocated() ? 1 : 0;
            daysOff += d.dayOff() != null ? 1 : 0;
            for (ProductionHours h : d.productions()) {
                byLabel.computeIfAbsent(key(h), k -> new long[1])[0] += minutes(h.hours());
            }
        }
        List<String> lines = new ArrayList<>();
        LocalDate first = week.get(0).date();
        LocalDate last = week.get(week.size() - 1).date();
        lines.add(SHORT.format(first) + " – " + SHORT.format(last));
        lines.add(Formats.workTime(load) + " of " + Formats.workTime(capacity));
        if (daysOff > 0) {
            lines.add(daysOff == 1 ? "1 day off" : daysOff + " days off");
        }
        if (over > 0) {
            lines.add("Over on " + (overDays == 1 ? "1 day" : overDays + " days") + ", by " + Formats.workTime(over));
        }
        byLabel.forEach((label, minutes) -> lines.add(label.substring(label.indexOf(' ') + 1) + ": "
                + Formats.workTime(minutes[0])));
        return new Cell("cell " + level(load, capacity, over > 0), Formats.clockTime(load), lines, load > 0);
    }

    /** Entries keep apart productions of the same name: the key starts with the id (or "busy"). */
    private static String key(ProductionHours h) {
        return (h.production() == null ? "~" : Long.toString(h.production().id())) + " " + h.label();
    }

    private static void entries(List<ProductionHours> entries, List<String> lines) {
        for (ProductionHours h : entries) {
            lines.add(h.label() + ": " + h.time());
        }
    }

    /** none, light (under half), normal, full (90 % or more), over (more than capacity). */
    static String level(long load, long capacity, boolean over) {
        if (over) {
            return "over";
        }
        if (load == 0) {
            return capacity == 0 ? "off" : "none";
        }
        if (load * 10 >= capacity * 9) {
            return "full";
        }
        return load * 2 < capacity ? "light" : "normal";
    }

    private static long minutes(double hours) {
        return Math.round(hours * 60);
    }
}

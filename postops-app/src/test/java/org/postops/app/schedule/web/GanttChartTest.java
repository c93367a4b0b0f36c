package org.postops.app.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.postops.app.production.Stage;
import org.postops.app.schedule.ProductionSchedule;
import org.postops.app.schedule.ProductionSchedule.Milestone;
import org.postops.app.schedule.ProductionSchedule.TaskDates;
import org.postops.app.task.DependencyType;
import org.postops.app.task.TaskStatus;
import org.postops.planning.WorkCalendar;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chart of the hand-computed plan of ScheduleApiTest, drawn from its schedule as data (no server): London,
 * Monday 4 January 2027, working 09:00–13:00 and 14:00–18:00.
 *
 * <pre>
 * task          stage    early start   early finish   late finish   float   critical
 * 1 A edit      Edit     Mon 09:00     Tue 18:00      Tue 18:00     0       yes
 * 2 B conform   Finish   Wed 09:00     Wed 18:00      Wed 18:00     0       yes
 * 3 C VFX       Finish   Wed 09:00     Wed 13:00      Wed 18:00     4 h
 * 4 D grade     Finish   Thu 09:00     Thu 18:00      Thu 18:00     0       yes
 * 5 E mix       Edit     Tue 09:00     Wed 13:00      Thu 18:00     12 h    (A start-to-start, 8 h lag)
 * 6 M delivery  -        Thu 18:00     Thu 18:00                    0       yes, target Thu 7 Jan
 * </pre>
 */
class GanttChartTest {

    private static final WorkCalendar LONDON = WorkCalendar.englandAndWales();
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final List<Stage> STAGES = List.of(new Stage(20, "Finish", 1), new Stage(10, "Edit", 0));
    private static final List<GanttChart.Link> LINKS = List.of(
            link(1, 2), link(1, 3), link(2, 4), link(3, 4),
            new GanttChart.Link(1, 5, DependencyType.START_TO_START, 480), link(4, 6), link(5, 6));
    /** Tuesday 5 January 2027, 13:00 in London: half of Tuesday's work done. */
    private static final Instant TUESDAY_LUNCH = Instant.parse("2027-01-05T13:00:00Z");

    private static GanttChart.Link link(long from, long to) {
        return new GanttChart.Link(from, to, DependencyType.FINISH_TO_START, 0);
    }

    private static OffsetDateTime at(String dayAndTime) {
        return OffsetDateTime.parse("2027-01-" + dayAndTime + ":00Z");
    }

    private static TaskDates task(long id, String title, Long stage, double hours, String es, String ef, String ls,
            String lf, double floatHours) {
        return new TaskDates(id, title, stage, TaskStatus.TODO, false, hours, at(es), at(ef), at(ls), at(lf),
                floatHours, floatHours, floatHours == 0);
    }

    private static ProductionSchedule plan(LocalDate target, String title) {
        OffsetDateTime targetAt = target.atTime(18, 0).atOffset(java.time.ZoneOffset.UTC);
        OffsetDateTime expected = at("07T18:00");
        boolean meets = !expected.isAfter(targetAt);
        double late = meets ? 0 : LONDON.workingMinutesBetween(targetAt.toZonedDateTime(),
                expected.toZonedDateTime()) / 60.0;
        List<TaskDates> tasks = List.of(
                task(1, title, 10L, 16, "04T09:00", "05T18:00", "04T09:00", "05T18:00", 0),
                task(2, "B conform", 20L, 8, "06T09:00", "06T18:00", "06T09:00", "06T18:00", 0),
                task(3, "C VFX", 20L, 4, "06T09:00", "06T13:00", "06T14:00", "06T18:00", 4),
                task(4, "D grade", 20L, 8, "07T09:00", "07T18:00", "07T09:00", "07T18:00", 0),
                task(5, "E mix", 10L, 12, "05T09:00", "06T13:00", "06T14:00", "07T18:00", 12),
                new TaskDates(6, "M delivery", null, TaskStatus.TODO, true, 0, expected, expected, expected, expected,
                        0, 0, true));
        return new ProductionSchedule(99, "Europe/London", at("04T09:00"), expected, 48, List.of(new Milestone(6,
                "M delivery", target, targetAt, expected, meets, late)), tasks, List.of(List.of(1L, 2L, 4L, 6L)),
                true, List.of());
    }

    private static GanttChart chart(GanttChart.Zoom zoom) {
        return GanttChart.of("Harbour Lights", plan(LocalDate.of(2027, 1, 7), "A edit"), STAGES, LINKS, LONDON,
                zoom, TUESDAY_LUNCH, ZONE);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> all(Document doc, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element taskGroup(Document doc, long id) throws Exception {
        List<Element> found = all(doc, "//*[@data-task-id='" + id + "']");
        assertThat(found).as("task %s drawn once", id).hasSize(1);
        return found.get(0);
    }

    private static Element bar(Document doc, long id) throws Exception {
        return all(doc, "//*[@data-task-id='" + id + "']/*[@class='g-bar']").get(0);
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void rowsAreGroupedByStageInStageOrderByEarlyStartWithUnstagedTasksLast() {
        List<String> rows = chart(GanttChart.Zoom.DAY).rows().stream()
                .map(r -> r.header() ? "[" + r.label() + "]" : r.label()).toList();
        // within a stage by early start, then early finish: C and B both start on Wednesday, C ends first
        assertThat(rows).containsExactly("[Edit]", "A edit", "E mix", "[Finish]", "C VFX", "B conform", "D grade",
                "[No stage]", "M delivery");
    }

    @Test
    void aBarStartsAtItsEarlyStartsColumnAndSpansItsWorkingTime() throws Exception {
        GanttChart chart = chart(GanttChart.Zoom.DAY);
        Document doc = parse(chart.svg());
        int day = TimeAxis.DAY_WIDTH_BY_DAY;
        assertThat(chart.axis().first()).as("the week of the start").isEqualTo(LocalDate.of(2027, 1, 4));
        // A: Monday 09:00 to Tuesday 18:00 is the first two columns exactly
        assertThat(num(bar(doc, 1), "x")).isEqualTo(0);
        assertThat(num(bar(doc, 1), "width")).isEqualTo(2 * day);
        // B: Wednesday, the third column, all of it
        assertThat(num(bar(doc, 2), "x")).isEqualTo(2 * day);
        assertThat(num(bar(doc, 2), "width")).isEqualTo(day);
        // C: Wednesday morning, 4 of the day's 8 working hours
        assertThat(num(bar(doc, 3), "x")).isEqualTo(2 * day);
        assertThat(num(bar(doc, 3), "width")).isEqualTo(day / 2.0);
        // E: Tuesday 09:00 to Wednesday 13:00
        assertThat(num(bar(doc, 5), "x")).isEqualTo(day);
        assertThat(num(bar(doc, 5), "width")).isEqualTo(1.5 * day);
        // rows: A is the first task row, under the Edit header
        assertThat(num(bar(doc, 1), "y")).isEqualTo(GanttChart.rowTop(1) + (GanttChart.ROW - GanttChart.BAR) / 2.0);
    }

    @Test
    void criticalTasksAndOnlyTheyAreMarkedCritical() throws Exception {
        Document doc = parse(chart(GanttChart.Zoom.DAY).svg());
        for (long id : new long[] {1, 2, 4, 6}) {
            assertThat(taskGroup(doc, id).getAttribute("class").split(" ")).as("task %s", id).contains("critical");
        }
        for (long id : new long[] {3, 5}) {
            assertThat(taskGroup(doc, id).getAttribute("class").split(" ")).as("task %s", id)
                    .doesNotContain("critical");
        }
    }

    @Test
    void floatIsAThinLineToTheLateFinish() throws Exception {
        Document doc = parse(chart(GanttChart.Zoom.DAY).svg());
        int day = TimeAxis.DAY_WIDTH_BY_DAY;
        List<Element> cFloat = all(doc, "//*[@data-task-id='3']/*[@class='g-float']");
        assertThat(cFloat).isNotEmpty();
        assertThat(num(cFloat.get(0), "x1")).isEqualTo(2.5 * day); // Wednesday 13:00
        assertThat(num(cFloat.get(0), "x2")).isEqualTo(3 * day);   // Wednesday 18:00
        assertThat(all(doc, "//*[@data-task-id='1']/*[@class='g-float']")).as("no float on a critical task").isEmpty();
    }

    @Test
    void everyDependencyIsOneArrowAndThoseOnTheCriticalPathAreMarked() throws Exception {
        Document doc = parse(chart(GanttChart.Zoom.DAY).svg());
        List<Element> links = all(doc, "//*[local-name()='path'][contains(concat(' ', @class, ' '), ' g-link ')]");
        assertThat(links).hasSize(LINKS.size());
        assertThat(links).allSatisfy(l -> assertThat(l.getAttribute("marker-end")).startsWith("url(#gantt-arrow"));
        List<String> critical = links.stream().filter(l -> l.getAttribute("class").contains("critical"))
                .map(l -> l.getAttribute("data-from") + ">" + l.getAttribute("data-to")).toList();
        assertThat(critical).containsExactlyInAnyOrder("1>2", "2>4", "4>6");
        // finish-to-start A→B leaves A's end (Tuesday evening) and arrives at B's start (Wednesday morning)
        Element ab = links.stream().filter(l -> l.getAttribute("data-to").equals("2")).findFirst().orElseThrow();
        int day = TimeAxis.DAY_WIDTH_BY_DAY;
        assertThat(ab.getAttribute("d")).startsWith("M" + 2 * day + ",").endsWith("H" + 2 * day);
        // out of A's row (1) to the right, along the grid line above B's row (5), into B from the left
        assertThat(ab.getAttribute("d")).isEqualTo("M64,94 H70 V191.5 H58 V206 H64");
        // start-to-start A→E leaves A's start and arrives at E's start, with its lag in the hover title
        Element ae = links.stream().filter(l -> l.getAttribute("data-to").equals("5")).findFirst().orElseThrow();
        assertThat(ae.getAttribute("d")).startsWith("M0,").endsWith("H" + day);
        assertThat(ae.getTextContent()).isEqualTo("E mix starts after A edit starts, plus 8 h lag");
    }

    @Test
    void theTodayLineIsAtNowOnTheWorkingDay() throws Exception {
        Document doc = parse(chart(GanttChart.Zoom.DAY).svg());
        List<Element> today = all(doc, "//*[@class='g-today']/*[local-name()='line']");
        assertThat(today).hasSize(1);
        // Tuesday is the second column; at 13:00 four of its eight working hours are done
        assertThat(num(today.get(0), "x1")).isEqualTo(1.5 * TimeAxis.DAY_WIDTH_BY_DAY);
        assertThat(all(doc, "//*[@class='g-today']/*[local-name()='title']").get(0).getTextContent())
                .isEqualTo("Now: Tue 5 Jan, 13:00");
    }

    @Test
    void aViewerElsewhereReadsTheirOwnTimesOnTheFacilitysDays() throws Exception {
        GanttChart chart = GanttChart.of("Harbour Lights", plan(LocalDate.of(2027, 1, 7), "A edit"), STAGES, LINKS,
                LONDON, GanttChart.Zoom.DAY, TUESDAY_LUNCH, ZoneId.of("America/Los_Angeles"));
        Document doc = parse(chart.svg());
        assertThat(num(bar(doc, 1), "x")).as("the bar does not move").isEqualTo(0);
        assertThat(taskGroup(doc, 1).getElementsByTagName("title").item(0).getTextContent())
                .contains("Start Mon 4 Jan, 01:00", "Finish Tue 5 Jan, 10:00", "Work 16 h");
        assertThat(chart.rows().get(1).earlyStart()).isEqualTo("Mon 4 Jan, 01:00");
        assertThat(chart.notes()).anyMatch(n -> n.contains("America/Los_Angeles"));
    }

    @Test
    void weekendsAndBankHolidaysAreShadedFromTheFacilityCalendar() throws Exception {
        // the week of Friday 1 January 2027 (New Year's Day) comes into view when the chart starts then
        GanttChart chart = GanttChart.of("Harbour Lights", plan(LocalDate.of(2027, 1, 7), "A edit"), STAGES, LINKS,
                LONDON, GanttChart.Zoom.DAY, Instant.parse("2026-12-31T12:00:00Z"), ZONE);
        Document doc = parse(chart.svg());
        List<String> off = all(doc, "//*[contains(concat(' ', @class, ' '), ' g-off ')]/*[local-name()='title']")
                .stream().map(Element::getTextContent).toList();
        assertThat(off).contains("Friday 1 January 2027: New Year’s Day", "Saturday 2 January 2027: not a working day",
                "Sunday 10 January 2027: not a working day").doesNotContain("Monday 4 January 2027: not a working day");
        assertThat(chart.axis().first()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aMilestoneIsADiamondWithItsTargetAndAMissedOneSaysByHowMuch() throws Exception {
        Document met = parse(chart(GanttChart.Zoom.DAY).svg());
        Element delivery = taskGroup(met, 6);
        assertThat(delivery.getAttribute("class").split(" ")).contains("g-milestone").doesNotContain("missed");
        assertThat(all(met, "//*[@data-task-id='6']/*[@class='g-target']")).hasSize(1);
        assertThat(all(met, "//*[@class='g-miss']")).isEmpty();
        assertThat(delivery.getElementsByTagName("title").item(0).getTextContent())
                .contains("Target Thu 7 Jan (end of day)", "Meets its target exactly");

        // the same plan against a target of Wednesday: a working day late
        GanttChart late = GanttChart.of("Harbour Lights", plan(LocalDate.of(2027, 1, 6), "A edit"), STAGES, LINKS,
                LONDON, GanttChart.Zoom.DAY, TUESDAY_LUNCH, ZONE);
        Document missed = parse(late.svg());
        assertThat(taskGroup(missed, 6).getAttribute("class").split(" ")).contains("missed");
        assertThat(all(missed, "//*[@class='g-miss']").get(0).getTextContent()).isEqualTo("misses by 8 h");
        Element flag = all(missed, "//*[@data-task-id='6']/*[@class='g-target']/*[local-name()='line']").get(0);
        assertThat(num(flag, "x1")).as("the end of Wednesday").isEqualTo(3 * TimeAxis.DAY_WIDTH_BY_DAY);
        assertThat(late.rows().get(8).note()).isEqualTo("Misses its target (Wed 6 Jan) by 8 h");
    }

    @Test
    void byWeekAColumnIsAWeekLabelledByItsMonday() throws Exception {
        ProductionSchedule s = plan(LocalDate.of(2027, 1, 22), "A edit"); // a target two weeks on
        GanttChart chart = GanttChart.of("Harbour Lights", s, STAGES, LINKS, LONDON, GanttChart.Zoom.WEEK,
                TUESDAY_LUNCH, ZONE);
        assertThat(chart.zoom()).isEqualTo(GanttChart.Zoom.WEEK);
        assertThat(chart.columns()).isEqualTo(3);
        Document doc = parse(chart.svg());
        assertThat(all(doc, "//*[@class='g-week-label']").stream().map(Element::getTextContent))
                .containsExactly("w/c 4 Jan", "w/c 11 Jan", "w/c 18 Jan");
        int week = 7 * TimeAxis.DAY_WIDTH_BY_WEEK;
        assertThat(chart.width()).isEqualTo(3 * week);
        // B still starts on Wednesday: the third day of the first week
        assertThat(num(bar(doc, 2), "x")).isEqualTo(2 * TimeAxis.DAY_WIDTH_BY_WEEK);
        // the day view of the same plan has a column per day
        GanttChart byDay = GanttChart.of("Harbour Lights", s, STAGES, LINKS, LONDON, GanttChart.Zoom.DAY,
                TUESDAY_LUNCH, ZONE);
        assertThat(byDay.columns()).isEqualTo(21);
    }

    @Test
    void withoutAZoomAShortPlanIsByDayAndALongOneByWeek() {
        assertThat(chart(null).zoom()).isEqualTo(GanttChart.Zoom.DAY);
        GanttChart longPlan = GanttChart.of("Long", plan(LocalDate.of(2027, 6, 30), "A edit"), STAGES, LINKS, LONDON,
                null, TUESDAY_LUNCH, ZONE);
        assertThat(longPlan.zoom()).isEqualTo(GanttChart.Zoom.WEEK);
        assertThat(GanttChart.Zoom.parse(" Week ")).isEqualTo(GanttChart.Zoom.WEEK);
        assertThat(GanttChart.Zoom.parse(null)).isNull();
        assertThatThrownBy(() -> GanttChart.Zoom.parse("month")).hasMessage("must be day or week");
    }

    @Test
    void todayFarFromThePlanIsNotDrawnButSaid() throws Exception {
        GanttChart chart = GanttChart.of("Harbour Lights", plan(LocalDate.of(2027, 1, 7), "A edit"), STAGES, LINKS,
                LONDON, GanttChart.Zoom.DAY, Instant.parse("2027-09-01T10:00:00Z"), ZONE);
        assertThat(all(parse(chart.svg()), "//*[@class='g-today']")).isEmpty();
        assertThat(chart.columns()).isEqualTo(7);
        assertThat(chart.notes()).contains("Today (Wed 1 Sept) is outside the plan's dates.");
    }

    @Test
    void namesAreEscapedAndTheChartHasNoScriptOrStyle() throws Exception {
        ProductionSchedule hostile = plan(LocalDate.of(2027, 1, 7), "A <script>alert(1)</script> & \"co\"");
        String svg = GanttChart.of("<b>Lights</b>", hostile,
                STAGES, LINKS, LONDON, GanttChart.Zoom.DAY, TUESDAY_LUNCH, ZONE).svg();
        assertThat(svg).doesNotContain("<script", "<b>", "style=").doesNotContainPattern(" on[a-z]+=");
        assertThat(svg).contains("A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;");
        parse(svg); // well-formed
    }

    @Test
    void hoursAreHoursAndMinutes() {
        assertThat(ScheduleText.hours(16)).isEqualTo("16 h");
        assertThat(ScheduleText.hours(7.5)).isEqualTo("7 h 30 min");
        assertThat(ScheduleText.hours(0.75)).isEqualTo("45 min");
        assertThat(ScheduleText.hours(0)).isEqualTo("0 h");
        assertThat(ScheduleText.minutes(-90)).isEqualTo("−1 h 30 min");
        assertThat(GanttChart.num(12.0)).isEqualTo("12");
        assertThat(GanttChart.num(-0.26)).isEqualTo("-0.3");
        assertThat(GanttChart.num(3.46)).isEqualTo("3.5");
    }
}

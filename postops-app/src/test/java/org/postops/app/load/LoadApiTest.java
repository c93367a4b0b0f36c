package org.postops.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Problems;
import org.postops.app.support.ServerTest;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * People's load through the API, hand-computed. Both productions start on Monday 4 March 2030 (London, UTC+0,
 * no bank holiday that week), working 09:00–13:00 and 14:00–18:00, eight hours a day. (The load counts only
 * work from today on, so these dates must stay in the future: move them on before 2030.)
 *
 * <pre>
 * production  task        work   assignees  waits for  early start   early finish
 * Alder       A1 edit     12 h   P          -          Mon 09:00     Tue 13:00
 * Alder       A2 conform   6 h   P, Q       A1         Tue 14:00     Wed 11:00
 * Birch       B1 grade   9.5 h   P          -          Mon 09:00     Tue 10:30
 *
 * P: Mon 8 + 8 = 16 h (over by 8 h); Tue 4 + 2 (half of A2's 4 h) + 1.5 = 7.5 h; Wed 1 h (half of A2's 2 h).
 * Q: Tue 2 h; Wed 1 h.
 * </pre>
 */
class LoadApiTest extends ServerTest {

    static final String MONDAY = "2030-03-04";
    static final String WEEK = "from=2030-03-04&to=2030-03-10";

    @Autowired
    LoadService loadService;

    @Autowired
    TaskService taskService;

    /** The plan above: who is who, and the two productions and the first task. */
    record Plan(Account sup, Account p, Account q, long alder, long birch, long a1, long a2) {
    }

    private Plan plan() {
        Account sup = facility.staff();
        Account p = facility.staff();
        Account q = facility.staff();
        String u = Api.unique();
        long alder = facility.production(sup, Map.of("name", "Alder " + u, "startDate", MONDAY)).get("id").asLong();
        long birch = facility.production(sup, Map.of("name", "Birch " + u, "startDate", MONDAY)).get("id").asLong();
        facility.member(sup, alder, p, "editor");
        facility.member(sup, alder, q, "online_editor");
        facility.member(sup, birch, p, "colourist");
        long a1 = task(sup, alder, "A1 edit", 12, List.of(p), List.of());
        long a2 = task(sup, alder, "A2 conform", 6, List.of(p, q), List.of(a1));
        task(sup, birch, "B1 grade", 9.5, List.of(p), List.of());
        return new Plan(sup, p, q, alder, birch, a1, a2);
    }

    private long task(Account sup, long production, String title, double hours, List<Account> who, List<Long> after) {
        return facility.task(sup, production, Map.of("title", title, "estimateHours", hours, "assignees",
                who.stream().map(Account::username).toList(), "dependsOn", after)).get("id").asLong();
    }

    private JsonNode load(Account viewer, String path) {
        Api.Response r = api.get(viewer.token(), path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode person(JsonNode report, Account who) {
        return report.get("items").valueStream().filter(i -> i.get("userId").asLong() == who.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + who.username() + " in " + report));
    }

    private static JsonNode day(JsonNode person, String date) {
        return person.get("days").valueStream().filter(d -> d.get("date").asString().equals(date)).findFirst()
                .orElseThrow();
    }

    /** "label hours" of each production entry of a day. */
    private static List<String> entries(JsonNode day) {
        List<String> result = new ArrayList<>();
        day.get("productions").forEach(e -> result.add(e.get("label").asString() + " " + e.get("time").asString()));
        return result;
    }

    @Test
    void loadAcrossTwoProductionsIsTheHandComputedHoursAndMondayIsOver() {
        Plan plan = plan();
        JsonNode report = load(plan.sup(), "/api/v1/load?people=" + plan.p().id() + "," + plan.q().id() + "&" + WEEK);
        assertThat(report.get("from").asString()).isEqualTo("2030-03-04");
        assertThat(report.get("to").asString()).isEqualTo("2030-03-10");
        assertThat(report.get("zone").asString()).isEqualTo("Europe/London");
        assertThat(report.get("total").asLong()).isEqualTo(2);

        JsonNode p = person(report, plan.p());
        assertThat(p.get("days")).hasSize(7);
        JsonNode monday = day(p, "2030-03-04");
        assertThat(monday.get("capacityHours").asDouble()).isEqualTo(8.0);
        assertThat(monday.get("loadHours").asDouble()).isEqualTo(16.0);
        assertThat(monday.get("overHours").asDouble()).isEqualTo(8.0);
        assertThat(monday.get("over").asString()).isEqualTo("8 h");
        assertThat(monday.get("overAllocated").asBoolean()).isTrue();
        assertThat(entries(monday)).hasSize(2).allSatisfy(e -> assertThat(e).endsWith(" 8 h"));

        JsonNode tuesday = day(p, "2030-03-05");
        assertThat(tuesday.get("loadHours").asDouble()).isEqualTo(7.5);
        assertThat(tuesday.get("load").asString()).isEqualTo("7 h 30 min");
        assertThat(tuesday.get("overAllocated").asBoolean()).isFalse();
        assertThat(tuesday.get("productions").valueStream().map(e -> e.get("time").asString()))
                .containsExactly("6 h", "1 h 30 min"); // Alder (A1 4 h + half of A2's 4 h), then Birch
        assertThat(tuesday.get("productions").get(0).get("production").get("id").asLong()).isEqualTo(plan.alder());
        assertThat(day(p, "2030-03-06").get("load").asString()).isEqualTo("1 h");
        assertThat(day(p, "2030-03-09").get("capacityHours").asDouble()).as("Saturday").isZero();
        assertThat(day(p, "2030-03-09").get("workingDay").asBoolean()).isFalse();
        assertThat(p.get("loadHours").asDouble()).isEqualTo(24.5);
        assertThat(p.get("capacityHours").asDouble()).isEqualTo(40.0);
        assertThat(p.get("overHours").asDouble()).isEqualTo(8.0);
        assertThat(p.get("overAllocatedDays").valueStream().map(JsonNode::asString)).containsExactly("2030-03-04");

        JsonNode q = person(report, plan.q());
        assertThat(day(q, "2030-03-05").get("load").asString()).isEqualTo("2 h");
        assertThat(day(q, "2030-03-06").get("load").asString()).isEqualTo("1 h");
        assertThat(q.get("loadHours").asDouble()).isEqualTo(3.0);
        assertThat(q.get("overAllocatedDays")).isEmpty();

        JsonNode one = load(plan.p(), "/api/v1/users/" + plan.p().id() + "/load?" + WEEK);
        assertThat(one.get("items")).hasSize(1);
        assertThat(one.get("items").get(0).get("days")).isEqualTo(p.get("days"));
    }

    @Test
    void aDayOffMakesCapacityZeroAndTheWorkPlannedThenIsOverAllocation() {
        Plan plan = plan();
        Api.Response off = api.post(plan.p().token(), "/api/v1/users/" + plan.p().id() + "/days-off",
                Map.of("from", "2030-03-06", "kind", "training", "note", "Resolve colour course"));
        assertThat(off.status()).as(off.body()).isEqualTo(201);
        JsonNode p = person(load(plan.sup(), "/api/v1/load?people=" + plan.p().id() + "&" + WEEK), plan.p());
        JsonNode wednesday = day(p, "2030-03-06");
        assertThat(wednesday.get("dayOff").asString()).isEqualTo("training");
        assertThat(wednesday.get("workingDay").asBoolean()).isFalse();
        assertThat(wednesday.get("capacityHours").asDouble()).isZero();
        assertThat(wednesday.get("loadHours").asDouble()).as("the plan does not know of the day off").isEqualTo(1.0);
        assertThat(wednesday.get("over").asString()).isEqualTo("1 h");
        assertThat(wednesday.get("overAllocated").asBoolean()).isTrue();
        assertThat(p.get("capacityHours").asDouble()).isEqualTo(32.0);
        assertThat(p.get("overHours").asDouble()).isEqualTo(9.0);
        assertThat(p.get("overAllocatedDays").valueStream().map(JsonNode::asString))
                .containsExactly("2030-03-04", "2030-03-06");
    }

    @Test
    void doneWorkCountsNothingAndTheRestKeepsTheGanttsDates() {
        Plan plan = plan();
        assertThat(api.patch(plan.sup().token(), "/api/v1/tasks/" + plan.a1(), Map.of("status", "done")).status())
                .isEqualTo(200);
        JsonNode p = person(load(plan.sup(), "/api/v1/load?people=" + plan.p().id() + "&" + WEEK), plan.p());
        // A1's 12 h are gone; A2 keeps the schedule's dates (the plan has not begun: nothing moves to today)
        assertThat(day(p, "2030-03-04").get("load").asString()).isEqualTo("8 h");
        assertThat(day(p, "2030-03-05").get("load").asString()).isEqualTo("3 h 30 min");
        assertThat(day(p, "2030-03-06").get("load").asString()).isEqualTo("1 h");
        JsonNode a2 = api.get(plan.sup().token(), "/api/v1/productions/" + plan.alder() + "/schedule").json()
                .get("tasks").valueStream().filter(t -> t.get("taskId").asLong() == plan.a2()).findFirst()
                .orElseThrow();
        assertThat(a2.get("earlyStart").asString()).as("as the Gantt has it").isEqualTo("2030-03-05T14:00:00Z");
    }

    @Test
    void aProductionsLoadIsItsTeamOverItsScheduleWithTheirOtherWorkToo() {
        Plan plan = plan();
        JsonNode report = load(plan.sup(), "/api/v1/productions/" + plan.alder() + "/load");
        assertThat(report.get("productionId").asLong()).isEqualTo(plan.alder());
        assertThat(report.get("from").asString()).isEqualTo("2030-03-04");
        assertThat(report.get("to").asString()).as("A2 finishes Wednesday").isEqualTo("2030-03-06");
        assertThat(report.get("items").valueStream().map(i -> i.get("userId").asLong()))
                .containsExactlyInAnyOrder(plan.sup().id(), plan.p().id(), plan.q().id());
        assertThat(day(person(report, plan.p()), "2030-03-04").get("loadHours").asDouble()).isEqualTo(16.0);
    }

    @Test
    void aChangedPlanNamesWhoWouldGoOverCapacityAndWhen() {
        Plan plan = plan();
        api.post(plan.p().token(), "/api/v1/users/" + plan.p().id() + "/days-off", Map.of("from", "2030-03-06"));
        Viewer sup = new Viewer(plan.sup().id(), plan.sup().username(), "Sup", Role.STAFF,
                ZoneId.of("Europe/London"));
        List<PlannedTask> changed = taskService.plan(sup, plan.alder()).stream()
                .map(t -> t.id() == plan.a1() ? t.withEstimateMinutes(20 * 60) : t).toList();
        // A1 20 h: Mon 8, Tue 8, Wed 4; A2 Wed 14:00 – Thu 11:00 (P: Wed 2 h, Thu 1 h)
        List<LoadImpact> impact = loadService.impactOf(sup, plan.alder(), LocalDate.parse(MONDAY), changed);
        assertThat(impact).hasSize(1);
        LoadImpact p = impact.get(0);
        assertThat(p.userId()).isEqualTo(plan.p().id());
        assertThat(p.days()).extracting(LoadImpact.Day::date)
                .containsExactly(LocalDate.parse("2030-03-05"), LocalDate.parse("2030-03-06"));
        LoadImpact.Day tuesday = p.days().get(0);
        assertThat(tuesday.loadBeforeHours()).isEqualTo(7.5);
        assertThat(tuesday.loadAfterHours()).isEqualTo(9.5);
        assertThat(tuesday.over()).isEqualTo("1 h 30 min");
        assertThat(tuesday.newlyOver()).isTrue();
        LoadImpact.Day wednesday = p.days().get(1);
        assertThat(wednesday.capacityHours()).as("a day off").isZero();
        assertThat(wednesday.overBeforeHours()).isEqualTo(1.0);
        assertThat(wednesday.overAfterHours()).isEqualTo(6.0);
        assertThat(wednesday.newlyOver()).isFalse();

        List<PlannedTask> lighter = taskService.plan(sup, plan.alder()).stream()
                .map(t -> t.id() == plan.a1() ? t.withEstimateMinutes(4 * 60) : t).toList();
        assertThat(loadService.impactOf(sup, plan.alder(), LocalDate.parse(MONDAY), lighter)).isEmpty();
    }

    @Test
    void withoutDatesTheWindowIsThisWeekAndTheThreeAfter() {
        Account someone = facility.staff();
        JsonNode report = load(someone, "/api/v1/load");
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/London"))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(report.get("from").asString()).isEqualTo(monday.toString());
        assertThat(report.get("to").asString()).isEqualTo(monday.plusDays(27).toString());
        assertThat(report.get("items").valueStream().map(i -> i.get("userId").asLong()))
                .as("on no team: only themselves").containsExactly(someone.id());
    }

    @Test
    void byDefaultStaffSeeTheirTeamsAndClientsOnlyThemselves() {
        Plan plan = plan();
        Account client = facility.client();
        facility.member(plan.sup(), plan.alder(), client, "client");
        JsonNode mine = load(plan.q(), "/api/v1/load?" + WEEK);
        assertThat(mine.get("items").valueStream().map(i -> i.get("userId").asLong()))
                .as("Alder's team, not its client").containsExactlyInAnyOrder(plan.sup().id(), plan.p().id(),
                        plan.q().id());
        JsonNode theirs = load(client, "/api/v1/load?" + WEEK);
        assertThat(theirs.get("items").valueStream().map(i -> i.get("userId").asLong()))
                .containsExactly(client.id());
        Problems.assertBadField(api.get(client.token(), "/api/v1/load?people=" + plan.p().id()), "people");
        Problems.assertProblem(api.get(client.token(), "/api/v1/users/" + plan.p().id() + "/load"), 404);
        assertThat(api.get(client.token(), "/api/v1/users/" + client.id() + "/load").status()).isEqualTo(200);
        assertThat(api.get(plan.q().token(), "/api/v1/users/" + client.id() + "/load").status())
                .as("staff may ask about anyone").isEqualTo(200);
        JsonNode team = load(client, "/api/v1/productions/" + plan.alder() + "/load");
        assertThat(team.get("items")).as("a client sees no one's load but their own").isEmpty();
        assertThat(load(plan.q(), "/api/v1/productions/" + plan.alder() + "/load").get("total").asLong())
                .as("the client has no work on it, so is not on the staff's list either").isEqualTo(3);
    }

    @Test
    void badWindowsAndPeopleAreRefused() {
        Account someone = facility.staff();
        String token = someone.token();
        assertThat(Problems.assertBadField(api.get(token, "/api/v1/load?from=2030-03-10&to=2030-03-04"), "to"))
                .contains("must not be before from");
        assertThat(Problems.assertBadField(api.get(token, "/api/v1/load?from=2030-01-01&to=2031-01-02"), "to"))
                .contains("366 days");
        assertThat(api.get(token, "/api/v1/load?from=2030-01-01&to=2031-01-01").status())
                .as("366 days exactly").isEqualTo(200);
        Problems.assertBadField(api.get(token, "/api/v1/users/" + someone.id() + "/load?from=2030-01-01&to=2031-06-01"),
                "to");
        Problems.assertBadField(api.get(token, "/api/v1/load?from=4-March"), "from");
        assertThat(Problems.assertBadField(api.get(token, "/api/v1/load?people=abc"), "people"))
                .contains("user ids");
        assertThat(Problems.assertBadField(api.get(token, "/api/v1/load?people=4242"), "people")).contains("4242");
        Problems.assertBadField(api.get(token, "/api/v1/load?size=101"), "size");
        Problems.assertProblem(api.get(token, "/api/v1/users/4242/load"), 404);
        Problems.assertProblem(api.get(token, "/api/v1/productions/4242/load"), 404);
    }
}

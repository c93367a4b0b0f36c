package org.postops.app.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.support.Api;
import org.postops.app.support.Facility;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.Problems;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The impact of kit being down, on a plan worked out by hand. Each test makes its own production of this plan,
 * starting Monday 4 March 2041 (London, UTC+0; no bank holiday that fortnight), working 09:00–13:00 and
 * 14:00–18:00, in CHF, with its brief's delivery date Friday 8 March:
 *
 * <pre>
 * task        work  waits for  assignees                 stage   early start    early finish   total float
 * A edit      16 h  -          editor                    -       Mon 09:00      Tue 18:00      0
 * B grade     16 h  A          colourist, editor (½ each) first   Wed 09:00      Thu 18:00      0  (critical)
 * C VFX        4 h  A          VFX artist                second  Wed 09:00      Wed 13:00     12 h
 * D deliver    8 h  B, C       editor                    -       Fri 09:00      Fri 18:00      0
 * M delivery   0    D (target Fri 8 Mar)                          Fri 18:00      Fri 18:00      0
 * </pre>
 *
 * Rates in force on the outage's first day (2041, CHF, used by no other test): colourist 90.00/h, editor
 * 50.00/h, VFX artist 60.00/h, reference monitors 200.00/day, grading theatres 400.00/day (a day is 8 working
 * hours); workstations have none.
 *
 * <p>Kit down from Wednesday 6 March for N working days: the outage is Wed 09:00 until the start of the
 * (N+1)-th working day (N = 1: Thu 09:00, 8 h; N = 2: Fri 09:00, 16 h). Blocked work is pushed after it.
 *
 * <pre>
 * kit on B (critical), N = 1: B blocked Wed 8 h (colourist 4 h, editor 4 h). B restarts Thu 09:00 with all
 *   16 h, Thu–Fri; D Mon 11; finish Mon 11 18:00: slip 8 h, 1 working day; M late by 8 h; delivery now missed.
 *   Cost: 4 h × 90 + 4 h × 50 + 8 h of monitor at 200/day = 360 + 200 + 200 = CHF 760.00.
 *   Score 4 × 8 + 40 × 1 + 60 + 8 = 140.
 * kit on B, N = 2: B blocked 16 h (8 h each); B Fri + Mon, D Tue 12: slip 16 h, 2 working days.
 * kit on C (float 12 h), N = 1: C blocked Wed 09–13, 4 h (VFX artist 4 h); C Thu 09–13; D still Fri: slip 0.
 *   Cost: 4 h × 60 = CHF 240.00; the workstation's 8 h booked are unpriced (no rate). Score 4.
 * kit on C, N = 2 (16 h > 12 h float): C Fri 09–13, D Fri 14:00 – Mon 13:00: slip 4 h, 1 working day; M late 4 h.
 * room booked to B's stage, with a projector in it down, N = 1: as the kit on B, but the room's 8 h at
 *   400/day: 360 + 200 + 400 = CHF 960.00.
 * </pre>
 */
class KitImpactTest extends ServerTest {

    private static final LocalDate WED = LocalDate.of(2041, 3, 6);
    private static final LocalDate THU = LocalDate.of(2041, 3, 7);
    private static boolean ratesMade;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskService risks;

    /** The hand plan, its people and ids. */
    record Plan(long production, String name, Account sup, Account colourist, Account editor, Account vfx,
            Map<String, Long> ids, long firstStage, long secondStage) {
    }

    private Plan plan(String confidentiality) {
        rates();
        Account sup = facility.staff();
        Account col = facility.staff();
        Account ed = facility.staff();
        Account vfx = facility.staff();
        String name = "Impact " + confidentiality + " " + Api.unique();
        JsonNode p = facility.production(sup, Map.of("name", name, "startDate", "2041-03-04", "deliveryDate",
                "2041-03-08", "currency", "CHF", "confidentiality", confidentiality));
        long id = p.get("id").asLong();
        facility.member(sup, id, col, "colourist");
        facility.member(sup, id, ed, "editor");
        facility.member(sup, id, vfx, "vfx_artist");
        long first = p.get("stages").get(0).get("id").asLong();
        long second = p.get("stages").get(1).get("id").asLong();
        Map<String, Long> ids = new HashMap<>();
        ids.put("A", task(sup, id, Map.of("title", "A edit", "estimateHours", 16, "assignees", List.of(ed.username()))));
        ids.put("B", task(sup, id, Map.of("title", "B grade", "estimateHours", 16, "dependsOn", List.of(ids.get("A")),
                "stageId", first, "assignees", List.of(col.username(), ed.username()))));
        ids.put("C", task(sup, id, Map.of("title", "C VFX", "estimateHours", 4, "dependsOn", List.of(ids.get("A")),
                "stageId", second, "assignees", List.of(vfx.username()))));
        ids.put("D", task(sup, id, Map.of("title", "D deliver", "estimateHours", 8, "dependsOn",
                List.of(ids.get("B"), ids.get("C")), "assignees", List.of(ed.username()))));
        ids.put("M", task(sup, id, Map.of("title", "M delivery", "milestone", true, "dueDate", "2041-03-08",
                "dependsOn", List.of(ids.get("D")))));
        return new Plan(id, name, sup, col, ed, vfx, ids, first, second);
    }

    private long task(Account sup, long production, Map<String, Object> fields) {
        return facility.task(sup, production, fields).get("id").asLong();
    }

    private synchronized void rates() {
        if (ratesMade) {
            return;
        }
        rate("role", "colourist", "hour", 9000);
        rate("role", "editor", "hour", 5000);
        rate("role", "vfx_artist", "hour", 6000);
        rate("kit", "reference-monitor", "day", 20000);
        rate("room", "grading-theatre", "day", 40000);
        ratesMade = true;
    }

    private void rate(String type, String subject, String unit, long amount) {
        Api.Response r = api.post(facility.admin(), "/api/v1/rates", Map.of("subjectType", type, "subject", subject,
                "unit", unit, "amountMinor", amount, "currency", "CHF", "effectiveFrom", "2041-01-01",
                "effectiveTo", "2041-12-31"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private JsonNode impact(String token, long kit, int days) {
        Api.Response r = api.get(token, "/api/v1/kit/" + kit + "/impact?days=" + days + "&from=" + WED);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode only(JsonNode impact) {
        assertThat(impact.get("productions")).hasSize(1);
        return impact.get("productions").get(0);
    }

    private static Map<String, Double> people(JsonNode production) {
        Map<String, Double> hours = new HashMap<>();
        production.get("people").forEach(p -> hours.put(p.get("id").asString(), p.get("blockedHours").asDouble()));
        return hours;
    }

    @Test
    void kitOnTheCriticalPathSlipsDeliveryByTheHoursItIsDown() {
        Plan p = plan("standard");
        KitRows rows = new KitRows(jdbc);
        long monitor = rows.kit("Grade monitor " + Api.unique(), "REFERENCE_MONITOR", null);
        rows.book(monitor, null, p.production(), null, p.ids().get("B"), WED, THU, p.sup().id());

        JsonNode one = impact(p.sup().token(), monitor, 1);
        assertThat(one.get("kit").get("id").asLong()).isEqualTo(monitor);
        assertThat(one.get("window").get("lastDay").asString()).isEqualTo("2041-03-06");
        assertThat(one.get("window").get("restoredAt").asString()).isEqualTo("2041-03-07T09:00:00Z");
        assertThat(one.get("window").get("workingHours").asDouble()).isEqualTo(8.0);
        JsonNode prod = only(one);
        assertThat(prod.get("name").asString()).isEqualTo(p.name());
        assertThat(prod.get("blockedHours").asDouble()).isEqualTo(8.0);
        assertThat(prod.get("tasks")).hasSize(1);
        JsonNode b = prod.get("tasks").get(0);
        assertThat(b.get("id").asLong()).isEqualTo(p.ids().get("B"));
        assertThat(b.get("blockedHours").asDouble()).isEqualTo(8.0);
        assertThat(b.get("critical").asBoolean()).isTrue();
        assertThat(b.get("floatHours").asDouble()).isEqualTo(0.0);
        assertThat(b.get("stageId").asLong()).isEqualTo(p.firstStage());
        assertThat(people(prod)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Long.toString(p.colourist().id()), 4.0, Long.toString(p.editor().id()), 4.0));
        assertThat(prod.get("deliveryBefore").asString()).isEqualTo("2041-03-08T18:00:00Z");
        assertThat(prod.get("deliveryAfter").asString()).isEqualTo("2041-03-11T18:00:00Z");
        assertThat(prod.get("slipWorkingHours").asDouble()).isEqualTo(8.0);
        assertThat(prod.get("slipWorkingDays").asInt()).isEqualTo(1);
        assertThat(prod.get("meetsDeliveryBefore").asBoolean()).isTrue();
        assertThat(prod.get("meetsDeliveryAfter").asBoolean()).isFalse();
        JsonNode m = prod.get("milestones").get(0);
        assertThat(m.get("id").asLong()).isEqualTo(p.ids().get("M"));
        assertThat(m.get("meetsBefore").asBoolean()).isTrue();
        assertThat(m.get("meetsAfter").asBoolean()).isFalse();
        assertThat(m.get("hoursLateAfter").asDouble()).isEqualTo(8.0);
        assertThat(prod.get("costOfDelay").toString()).isEqualTo("[{\"currency\":\"CHF\",\"amountMinor\":76000}]");
        assertThat(prod.get("unpriced")).isEmpty();
        assertThat(prod.get("bookings").get(0).get("hoursAtRisk").asDouble()).isEqualTo(8.0);
        assertThat(one.get("totals").get("blockedHours").asDouble()).isEqualTo(8.0);
        assertThat(one.get("totals").get("milestonesMissed").asInt()).isEqualTo(1);
        assertThat(one.get("totals").get("deliveriesMissed").asInt()).isEqualTo(1);
        assertThat(one.get("score").asLong()).isEqualTo(140);
        assertThat(one.get("otherProductions").isNull()).isTrue();

        Api.Response page = WebSession.signIn(api, p.sup()).get("/kit/" + monitor + "/impact?days=1&from=" + WED);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(p.name(), "B grade", "On it", "760.00", "now missed", "late by 8 h")
                .doesNotContain("th:fragment");

        JsonNode two = only(impact(p.sup().token(), monitor, 2));
        assertThat(two.get("blockedHours").asDouble()).isEqualTo(16.0);
        assertThat(people(two)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Long.toString(p.colourist().id()), 8.0, Long.toString(p.editor().id()), 8.0));
        assertThat(two.get("deliveryAfter").asString()).isEqualTo("2041-03-12T18:00:00Z");
        assertThat(two.get("slipWorkingHours").asDouble()).isEqualTo(16.0);
        assertThat(two.get("slipWorkingDays").asInt()).isEqualTo(2);
    }

    @Test
    void kitOffTheCriticalPathSlipsNothingUntilTheOutageOutlastsTheFloat() {
        Plan p = plan("standard");
        KitRows rows = new KitRows(jdbc);
        String name = "VFX workstation " + Api.unique();
        long workstation = rows.kit(name, "WORKSTATION", null);
        rows.book(workstation, null, p.production(), null, p.ids().get("C"), WED, THU, p.sup().id());

        JsonNode impact = impact(p.sup().token(), workstation, 1);
        JsonNode prod = only(impact);
        JsonNode c = prod.get("tasks").get(0);
        assertThat(c.get("id").asLong()).isEqualTo(p.ids().get("C"));
        assertThat(c.get("blockedHours").asDouble()).isEqualTo(4.0);
        assertThat(c.get("critical").asBoolean()).isFalse();
        assertThat(c.get("floatHours").asDouble()).isEqualTo(12.0);
        assertThat(people(prod)).containsExactlyEntriesOf(Map.of(Long.toString(p.vfx().id()), 4.0));
        assertThat(prod.get("slipWorkingHours").asDouble()).isEqualTo(0.0);
        assertThat(prod.get("slipWorkingDays").asInt()).isEqualTo(0);
        assertThat(prod.get("deliveryAfter").asString()).isEqualTo("2041-03-08T18:00:00Z");
        assertThat(prod.get("milestones").get(0).get("meetsAfter").asBoolean()).isTrue();
        assertThat(prod.get("costOfDelay").toString()).isEqualTo("[{\"currency\":\"CHF\",\"amountMinor\":24000}]");
        assertThat(prod.get("unpriced")).hasSize(1);
        JsonNode unpriced = prod.get("unpriced").get(0);
        assertThat(unpriced.get("what").asString()).isEqualTo("kit");
        assertThat(unpriced.get("name").asString()).isEqualTo(name);
        assertThat(unpriced.get("hours").asDouble()).isEqualTo(8.0);
        assertThat(unpriced.get("reason").asString()).contains("workstation");
        assertThat(impact.get("score").asLong()).isEqualTo(4);

        JsonNode two = only(impact(p.sup().token(), workstation, 2));
        assertThat(two.get("tasks").get(0).get("blockedHours").asDouble()).isEqualTo(4.0);
        assertThat(two.get("deliveryAfter").asString()).isEqualTo("2041-03-11T13:00:00Z");
        assertThat(two.get("slipWorkingHours").asDouble()).isEqualTo(4.0);
        assertThat(two.get("slipWorkingDays").asInt()).isEqualTo(1);
        assertThat(two.get("milestones").get(0).get("meetsAfter").asBoolean()).isFalse();
        assertThat(two.get("milestones").get(0).get("hoursLateAfter").asDouble()).isEqualTo(4.0);
    }

    @Test
    void kitInABookedRoomBlocksTheStageBookedThere() {
        Plan p = plan("standard");
        KitRows rows = new KitRows(jdbc);
        long room = rows.room("Grade 1", "GRADING_THEATRE");
        long projector = rows.kit("Projector " + Api.unique(), "PROJECTOR", room);
        rows.book(null, room, p.production(), p.firstStage(), null, WED, THU, p.sup().id());

        JsonNode impact = impact(p.sup().token(), projector, 1);
        assertThat(impact.get("kit").get("roomId").asLong()).isEqualTo(room);
        JsonNode prod = only(impact);
        assertThat(prod.get("tasks")).hasSize(1);
        assertThat(prod.get("tasks").get(0).get("id").asLong()).isEqualTo(p.ids().get("B"));
        assertThat(prod.get("blockedHours").asDouble()).isEqualTo(8.0);
        assertThat(prod.get("slipWorkingHours").asDouble()).isEqualTo(8.0);
        assertThat(prod.get("bookings").get(0).get("roomId").asLong()).isEqualTo(room);
        assertThat(prod.get("costOfDelay").toString()).isEqualTo("[{\"currency\":\"CHF\",\"amountMinor\":96000}]");
    }

    @Test
    void outsidersSeeOnlyAnonymousHoursOfARestrictedProduction() {
        Plan p = plan("restricted");
        KitRows rows = new KitRows(jdbc);
        long monitor = rows.kit("Secret monitor " + Api.unique(), "REFERENCE_MONITOR", null);
        rows.book(monitor, null, p.production(), null, p.ids().get("B"), WED, THU, p.sup().id());
        Account outsider = facility.staff();
        Account support = facility.person("support");

        for (Account stranger : List.of(outsider, support)) {
            Api.Response r = api.get(stranger.token(), "/api/v1/kit/" + monitor + "/impact?days=1&from=" + WED);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("productions")).isEmpty();
            assertThat(r.json().get("otherProductions").get("blockedHours").asDouble()).isEqualTo(8.0);
            assertThat(r.json().get("otherProductions").size()).as("hours only").isEqualTo(1);
            JsonNode totals = r.json().get("totals");
            assertThat(totals.get("productions").asInt()).isZero();
            assertThat(totals.get("tasks").asInt()).isZero();
            assertThat(totals.get("people").asInt()).isZero();
            assertThat(totals.get("milestonesMissed").asInt()).isZero();
            assertThat(totals.get("costOfDelay")).isEmpty();
            List<String> secrets = new ArrayList<>(List.of(p.name(), "Impact restricted", "B grade", "M delivery",
                    Long.toString(p.production()), p.colourist().username(), p.editor().username()));
            p.ids().values().forEach(id -> secrets.add(Long.toString(id)));
            for (String secret : secrets) {
                assertThat(r.body()).as("names %s", secret).doesNotContain(secret);
            }
            Api.Response page = WebSession.signIn(api, stranger).get("/kit/" + monitor + "/impact?days=1&from=" + WED);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(p.name()).doesNotContain("B grade").contains("8 h");
        }

        JsonNode member = only(impact(p.colourist().token(), monitor, 1));
        assertThat(member.get("name").asString()).isEqualTo(p.name());
        assertThat(only(impact(facility.admin(), monitor, 1)).get("slipWorkingHours").asDouble()).isEqualTo(8.0);

        Account client = facility.client();
        assertThat(api.get(client.token(), "/api/v1/kit/" + monitor + "/impact").status()).isEqualTo(404);
        assertThat(WebSession.signIn(api, client).get("/kit/" + monitor + "/impact").status()).isEqualTo(404);
    }

    @Test
    void rankingPutsTheCriticalFaultFirst() {
        Plan p = plan("standard");
        KitRows rows = new KitRows(jdbc);
        long monitor = rows.kit("Rank monitor " + Api.unique(), "REFERENCE_MONITOR", null);
        long workstation = rows.kit("Rank workstation " + Api.unique(), "WORKSTATION", null);
        rows.book(monitor, null, p.production(), null, p.ids().get("B"), WED, THU, p.sup().id());
        rows.book(workstation, null, p.production(), null, p.ids().get("C"), WED, THU, p.sup().id());
        Viewer viewer = new Viewer(p.sup().id(), p.sup().username(), "Supervisor", Role.STAFF,
                ZoneId.of("Europe/London"));

        List<RankedRisk> ranked = risks.rank(viewer, List.of(
                new RiskSubject("ticket", 1, List.of(workstation), WED, 1, "Workstation will not boot"),
                new RiskSubject("ticket", 2, List.of(monitor), WED, 1, "Monitor flickers"),
                new RiskSubject("ticket", 3, List.of(), WED, 1, "A question"),
                new RiskSubject("ticket", 4, List.of(monitor, workstation), WED, 1, "Power cut in the suite")));
        assertThat(ranked).extracting(r -> r.subject().id()).containsExactly(4L, 2L, 1L, 3L);
        assertThat(ranked).extracting(RankedRisk::score).containsExactly(144L, 140L, 4L, 0L);
        KitImpact both = ranked.get(0).impact();
        assertThat(both.kits()).hasSize(2);
        assertThat(both.productions().get(0).blockedHours()).isEqualTo(12.0);
        assertThat(both.productions().get(0).slipWorkingHours()).isEqualTo(8.0);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        Account staff = facility.staff();
        long kit = new KitRows(jdbc).kit("Any kit " + Api.unique(), "DECK", null);
        for (String days : List.of("0", "61", "-1", "abc", "1.5")) {
            Api.Response r = api.get(staff.token(), "/api/v1/kit/" + kit + "/impact?days=" + days);
            assertThat(r.status()).as("days=%s: %s", days, r.body()).isEqualTo(400);
            Problems.assertBadField(r, "days");
        }
        Api.Response bad = api.get(staff.token(), "/api/v1/kit/" + kit + "/impact?from=2041-13-01");
        assertThat(bad.status()).isEqualTo(400);
        Problems.assertBadField(bad, "from");
        assertThat(api.get(staff.token(), "/api/v1/kit/4242/impact").status()).isEqualTo(404);
        assertThat(api.get(staff.token(), "/api/v1/kit/abc/impact").status()).isEqualTo(400);
        JsonNode idle = api.get(staff.token(), "/api/v1/kit/" + kit + "/impact?days=60").json();
        assertThat(idle.get("productions")).isEmpty();
        assertThat(idle.get("score").asLong()).isZero();
        assertThat(idle.get("window").get("days").asInt()).isEqualTo(60);
        WebSession web = WebSession.signIn(api, staff);
        assertThat(web.get("/kit/" + kit + "/impact?days=99").body()).contains("1 to 60");
        assertThat(web.get("/kit/4242/impact").status()).isEqualTo(404);
    }
}

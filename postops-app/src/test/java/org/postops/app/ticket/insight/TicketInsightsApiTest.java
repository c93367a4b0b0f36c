package org.postops.app.ticket.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tickets wired to the other areas, over real HTTP: the knowledge base (solutions recorded on resolve, searched,
 * measured by recurrences and ratings that come through tickets), suggested experts and one-click assignment,
 * what changed in the kit's configuration, the impact of the kit being down per option, and the At risk list.
 */
class TicketInsightsApiTest extends ServerTest {

    private static final String TICKETS = "/api/v1/tickets";
    /** A skill of the taxonomy V9 seeds, in the grading category (as the experts tests use it). */
    private static final long RESOLVE_COLOUR = 900006;

    @Autowired
    JdbcClient jdbc;

    private KitRows kit() {
        return new KitRows(jdbc);
    }

    private long raise(Account who, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("severity", "p2", "category", "grading"));
        body.putAll(fields);
        Api.Response r = api.post(who.token(), TICKETS, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private JsonNode resolve(Account engineer, long id, String done) {
        assertThat(api.post(engineer.token(), TICKETS + "/" + id + "/status", Map.of("status", "in_progress"))
                .status()).isEqualTo(200);
        Api.Response r = api.post(engineer.token(), TICKETS + "/" + id + "/resolution", Map.of("whatWasDone", done,
                "kind", "fix"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode solution(Account who, long solutionId) {
        Api.Response r = api.get(who.token(), "/api/v1/solutions/" + solutionId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static double score(JsonNode solution) {
        return solution.get("effectiveness").get("score").asDouble();
    }

    // knowledge base

    @Test
    void aResolvedTicketIsFoundByItsErrorAndItsScoreMovesWithRatingsAndRecurrences() {
        String u = Api.unique();
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long kitId = kit().kit("Baselight " + u, "WORKSTATION", null);
        String error = "BLG-" + u + " render queue stalled: GPU context lost on device 0";
        long first = raise(requester, Map.of("summary", "Renders stall " + u, "errorText", error,
                "symptoms", "The queue stops at random frames", "kitIds", List.of(kitId)));
        // a weaker match: shares words of the error, not its code
        long weaker = raise(requester, Map.of("summary", "Queue slow " + u, "errorText", "render queue slow",
                "category", "storage"));
        resolve(engineer, weaker, "Moved the cache to local disk");
        resolve(engineer, first, "Reseated the GPU and updated its driver");

        Api.Response found = api.get(requester.token(), "/api/v1/solutions/search?q=BLG-" + u + "+render+queue");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode top = found.json().get(0);
        assertThat(top.get("ticketId").asLong()).as("the exact error ranks first").isEqualTo(first);
        assertThat(top.get("whatWasDone").asString()).isEqualTo("Reseated the GPU and updated its driver");
        assertThat(found.json().valueStream().map(h -> h.path("ticketId").asLong())).contains(weaker);
        long solutionId = top.get("solutionId").asLong();
        JsonNode recorded = solution(requester, solutionId);
        assertThat(recorded.get("kitIds").get(0).asLong()).isEqualTo(kitId);
        assertThat(recorded.get("kitType").asString()).isEqualToIgnoringCase("workstation");
        assertThat(recorded.get("kind").asString()).isEqualToIgnoringCase("fix");
        double unrated = score(recorded);

        Api.Response rated = api.post(requester.token(), TICKETS + "/" + first + "/rating", Map.of("rating", 5,
                "comment", "Solid since"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        JsonNode afterRating = solution(requester, solutionId);
        assertThat(afterRating.get("effectiveness").get("rating").asInt()).isEqualTo(5);
        double five = score(afterRating);
        assertThat(five).as("five stars through the ticket lift the score").isGreaterThan(unrated);

        // the same kit and category within 30 days: the solution did not last
        long again = raise(requester, Map.of("summary", "Renders stall again " + u, "kitIds", List.of(kitId)));
        JsonNode recurred = solution(requester, solutionId);
        assertThat(recurred.get("effectiveness").get("recurrences").asInt()).isEqualTo(1);
        assertThat(score(recurred)).as("a recurrence raised through the ticket API lowers the score")
                .isLessThan(five);
        assertThat(api.get(requester.token(), TICKETS + "/" + again).json().get("recurrenceOf").asLong())
                .isEqualTo(first);
        assertThat(api.get(requester.token(), TICKETS + "/" + first).json().get("resolution").get("recurred")
                .asBoolean()).isTrue();
        // raising another ticket on other kit, or another category, counts nothing
        raise(requester, Map.of("summary", "Other category " + u, "kitIds", List.of(kitId), "category", "audio"));
        assertThat(solution(requester, solutionId).get("effectiveness").get("recurrences").asInt()).isEqualTo(1);
    }

    @Test
    void aResolutionTheKnowledgeBaseRefusesSavesNothing() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long id = raise(requester, Map.of("summary", "Workaround " + Api.unique()));
        api.post(engineer.token(), TICKETS + "/" + id + "/status", Map.of("status", "in_progress"));
        assertBadField(api.post(engineer.token(), TICKETS + "/" + id + "/resolution", Map.of("whatWasDone",
                "Restarted", "kind", "workaround", "workaroundAcceptable", false)), "whyNotAcceptable");
        JsonNode t = api.get(engineer.token(), TICKETS + "/" + id).json();
        assertThat(t.get("status").asString()).isEqualTo("in_progress");
        assertThat(jdbc.sql("select count(*) from solution where ticket_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    // experts

    private long expert(Account support, Map<String, Object> fields) {
        Api.Response r = api.post(support.token(), "/api/v1/experts", fields);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    @Test
    void aTicketSuggestsExpertsWithReasonsAndAssignsOneInOneClick() {
        String u = Api.unique();
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        Account support = facility.person("support");
        long staffExpert = expert(support, Map.of("kind", "staff", "userId", engineer.id(),
                "skills", List.of(Map.of("skillId", RESOLVE_COLOUR, "level", "expert")),
                "kitTypes", List.of("workstation")));
        long freelancer = expert(support, Map.of("kind", "freelancer", "name", "Freelance colour " + u));
        String staffName = api.get(support.token(), "/api/v1/experts/" + staffExpert).json().get("name").asString();

        // the engineer's record: one similar ticket resolved (on other kit of the same type, so no recurrence)
        long earlier = raise(requester, Map.of("summary", "Grade suite stutters " + u, "kitIds",
                List.of(kit().kit("Grade 2 " + u, "WORKSTATION", null))));
        resolve(engineer, earlier, "Disabled the second display's HDR");
        // the knowledge base's measured score of that fix is the whole of their record's effectiveness
        JsonNode fix = api.get(requester.token(), "/api/v1/solutions/search?q=Grade+suite+stutters+" + u).json().get(0);
        assertThat(fix.get("ticketId").asLong()).isEqualTo(earlier);
        double measured = Math.round(score(solution(requester, fix.get("solutionId").asLong())) * 1000) / 1000.0;
        // and one open ticket they are both expert and assignee on: counted once
        long busy = raise(requester, Map.of("summary", "Busy " + u));
        assertThat(api.put(support.token(), TICKETS + "/" + busy + "/assignment", Map.of("assignee",
                engineer.username(), "expertId", staffExpert)).status()).isEqualTo(200);

        long id = raise(requester, Map.of("summary", "Grade suite freezes " + u, "kitIds",
                List.of(kit().kit("Grade 1 " + u, "WORKSTATION", null))));
        Api.Response r = api.get(requester.token(), TICKETS + "/" + id + "/experts");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> all = r.json().valueStream().toList();
        JsonNode staff = all.stream().filter(e -> e.get("expertId").asLong() == staffExpert).findFirst().orElseThrow();
        JsonNode free = all.stream().filter(e -> e.get("expertId").asLong() == freelancer).findFirst().orElseThrow();
        assertThat(all.indexOf(staff)).as("skills, kit and record rank them above").isLessThan(all.indexOf(free));
        assertThat(staff.get("username").asString()).isEqualTo(engineer.username());
        assertThat(staff.get("trackRecord").get("similarResolved").asInt()).isEqualTo(1);
        assertThat(staff.get("trackRecord").get("effectiveness").asDouble())
                .isEqualTo(measured).isBetween(0.0, 1.0);
        assertThat(staff.get("openTickets").asInt()).isEqualTo(1);
        assertThat(staff.get("reasons").valueStream().map(JsonNode::asString)).contains(
                "Expert in DaVinci Resolve colour", "Knows kit of this type: workstation", "1 open ticket")
                .anyMatch(s -> s.startsWith("Resolved 1 similar")
                        && s.endsWith(Math.round(measured * 100) + "% effective"));
        assertThat(free.get("reasons").valueStream().map(JsonNode::asString)).contains("No similar tickets resolved yet");

        // one click: the expert, and for staff their user as assignee
        Api.Response assigned = api.put(support.token(), TICKETS + "/" + id + "/assignment", Map.of("assignee",
                engineer.username(), "expertId", staffExpert));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("expertId").asLong()).isEqualTo(staffExpert);
        assertThat(assigned.json().get("expertName").asString()).isEqualTo(staffName);
        assertThat(assigned.json().get("timeline").toString()).contains("(expert: " + staffName + ")");
        assertThat(assertBadField(api.put(support.token(), TICKETS + "/" + id + "/assignment",
                Map.of("expertId", 4242)), "expertId")).contains("no expert 4242");
        assertThat(api.get(requester.token(), TICKETS + "/" + id).json().get("expertId").asLong())
                .as("nothing saved").isEqualTo(staffExpert);

        for (int i = 0; i < 5; i++) { // more than the page lists at first
            expert(support, Map.of("kind", "freelancer", "name", "Extra " + i + " " + u));
        }
        String page = WebSession.signIn(api, support).get("/tickets/" + id).body();
        assertThat(page).contains("Suggested experts").contains(staffName).contains("Freelance colour " + u)
                .contains("Extra 4 " + u).contains("More experts").contains("name=\"expertId\" value=\"" + freelancer)
                .contains("href=\"/experts/" + staffExpert + "\"");
        assertProblem(api.get(requester.token(), TICKETS + "/4242/experts"), 404);
        assertProblem(api.get(facility.client().token(), TICKETS + "/" + id + "/experts"), 404);
    }

    // what changed

    private static Map<String, Object> snapshot(String takenAt, String driver, String resolve) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (takenAt != null) {
            s.put("takenAt", takenAt);
        }
        s.put("os", Map.of("name", "Rocky Linux", "version", "9.3"));
        s.put("gpus", List.of(Map.of("model", "NVIDIA RTX A6000", "driver", driver)));
        s.put("apps", List.of(Map.of("name", "DaVinci Resolve Studio", "version", resolve)));
        return s;
    }

    @Test
    void whatChangedComparesTheLastTwoSnapshotsBeforeTheTicket() {
        String u = Api.unique();
        String admin = facility.admin();
        Account requester = facility.staff();
        long kitId = api.post(admin, "/api/v1/kit", Map.of("kind", "workstation", "name", "Resolve " + u)).id();
        long bare = api.post(admin, "/api/v1/kit", Map.of("kind", "workstation", "name", "Bare " + u)).id();
        Instant now = CLOCK.instant();
        String path = "/api/v1/kit/" + kitId + "/snapshots";
        long before = api.post(admin, path, snapshot(now.minus(Duration.ofDays(3)).toString(), "550.54.14", "19.1.3"))
                .id();
        long last = api.post(admin, path, snapshot(now.minus(Duration.ofDays(1)).toString(), "560.35.03", "19.1.3"))
                .id();
        long id = raise(requester, Map.of("summary", "Resolve crashes " + u, "kitIds", List.of(kitId, bare)));
        // taken after the fault: not what changed before it
        assertThat(api.post(admin, path, snapshot(null, "570.86.10", "20.0")).status()).isEqualTo(201);

        Api.Response r = api.get(requester.token(), TICKETS + "/" + id + "/what-changed");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<Long, JsonNode> byKit = new HashMap<>();
        r.json().forEach(w -> byKit.put(w.get("kitId").asLong(), w));
        JsonNode w = byKit.get(kitId);
        assertThat(w.get("kitName").asString()).isEqualTo("Resolve " + u);
        assertThat(w.get("from").get("id").asLong()).isEqualTo(before);
        assertThat(w.get("to").get("id").asLong()).isEqualTo(last);
        assertThat(w.get("changed")).hasSize(1);
        assertThat(w.get("changed").get(0).get("before").asString()).isEqualTo("550.54.14");
        assertThat(w.get("changed").get(0).get("after").asString()).isEqualTo("560.35.03");
        assertThat(w.get("added")).isEmpty();
        assertThat(w.get("removed")).isEmpty();
        assertThat(r.body()).doesNotContain("570.86.10");
        assertThat(byKit.get(bare).get("from").isNull()).as("no snapshots: nothing to compare").isTrue();

        String page = WebSession.signIn(api, requester).get("/tickets/" + id).body();
        assertThat(page).contains("What changed?").contains("/kit/" + kitId + "/configuration")
                .contains("550.54.14").contains("560.35.03").doesNotContain("570.86.10");
        assertProblem(api.get(requester.token(), TICKETS + "/4242/what-changed"), 404);
    }

    // impact

    /** A production starting today whose first task, on the critical path, has the kit booked. */
    private record Booked(long production, String name, long kit, long grade, Account sup) {
    }

    private Booked booked(String u) {
        return booked(u, "standard");
    }

    private Booked booked(String u, String confidentiality) {
        Account sup = facility.staff();
        Account colourist = facility.staff();
        LocalDate today = LocalDate.ofInstant(CLOCK.instant(), ZoneId.of("Europe/London"));
        String name = "At risk " + u;
        long production = facility.production(sup, Map.of("name", name, "startDate", today.toString(),
                "deliveryDate", today.plusDays(30).toString(), "confidentiality", confidentiality)).get("id")
                .asLong();
        facility.member(sup, production, colourist, "colourist");
        long grade = facility.task(sup, production, Map.of("title", "Grade " + u, "estimateHours", 16,
                "assignees", List.of(colourist.username()))).get("id").asLong();
        facility.task(sup, production, Map.of("title", "Deliver " + u, "estimateHours", 8,
                "dependsOn", List.of(grade), "assignees", List.of(colourist.username())));
        long monitor = kit().kit("Monitor " + u, "REFERENCE_MONITOR", null);
        kit().book(monitor, null, production, null, grade, today.minusDays(1), today.plusDays(20), sup.id());
        return new Booked(production, name, monitor, grade, sup);
    }

    @Test
    void aTicketOnKitBookedToACriticalTaskReportsTheSameSlipAsTheKitImpact() {
        String u = Api.unique();
        Booked b = booked(u);
        Account engineer = facility.person("support");
        long id = raise(b.sup(), Map.of("summary", "Monitor dark " + u, "kitIds", List.of(b.kit()),
                "category", "hardware", "productionId", b.production()));

        JsonNode kitImpact = api.get(b.sup().token(), "/api/v1/kit/" + b.kit() + "/impact?days=1").json();
        Api.Response r = api.get(b.sup().token(), TICKETS + "/" + id + "/impact");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.json();
        assertThat(t.get("days").asInt()).isEqualTo(1);
        assertThat(t.get("daysFrom").asString()).isEqualTo("default");
        JsonNode production = t.get("impact").get("productions").get(0);
        assertThat(production.get("name").asString()).isEqualTo(b.name());
        double slip = production.get("slipWorkingHours").asDouble();
        assertThat(slip).as("the grade is on the critical path").isPositive();
        assertThat(slip).isEqualTo(kitImpact.get("productions").get(0).get("slipWorkingHours").asDouble());
        assertThat(production.get("tasks").get(0).get("critical").asBoolean()).isTrue();
        assertThat(t.get("impact").get("score").asLong()).isEqualTo(kitImpact.get("score").asLong());

        // options weighed against the impact of their own time to restore
        api.post(engineer.token(), TICKETS + "/" + id + "/status", Map.of("status", "in_progress"));
        api.post(engineer.token(), TICKETS + "/" + id + "/options", Map.of("kind", "repair", "description",
                "Send for repair", "costMinor", 40000, "currency", "GBP", "restoreHours", 16));
        api.post(engineer.token(), TICKETS + "/" + id + "/options", Map.of("kind", "substitute_kit", "description",
                "Borrow the online suite's monitor", "restoreHours", 1));
        JsonNode weighed = api.get(b.sup().token(), TICKETS + "/" + id + "/impact").json();
        assertThat(weighed.get("days").asInt()).as("the longest time to restore, in working days").isEqualTo(2);
        assertThat(weighed.get("daysFrom").asString()).isEqualTo("worst option");
        JsonNode twoDays = api.get(b.sup().token(), "/api/v1/kit/" + b.kit() + "/impact?days=2").json();
        Map<String, JsonNode> options = new HashMap<>();
        weighed.get("options").forEach(o -> options.put(o.get("kind").asString(), o));
        assertThat(options.get("repair").get("daysDown").asInt()).isEqualTo(2);
        assertThat(options.get("repair").get("costMinor").asLong()).isEqualTo(40000);
        assertThat(options.get("repair").get("slipWorkingHours").asDouble())
                .isEqualTo(twoDays.get("totals").get("maxSlipWorkingHours").asDouble());
        assertThat(options.get("substitute_kit").get("daysDown").asInt()).isEqualTo(1);
        assertThat(options.get("substitute_kit").get("slipWorkingHours").asDouble()).isEqualTo(slip);
        assertThat(options.get("repair").get("score").asLong())
                .isGreaterThan(options.get("substitute_kit").get("score").asLong());
        assertThat(api.get(b.sup().token(), TICKETS + "/" + id + "/impact?days=3").json().get("daysFrom")
                .asString()).isEqualTo("asked");

        for (String days : List.of("0", "61", "-1", "abc")) {
            Api.Response bad = api.get(b.sup().token(), TICKETS + "/" + id + "/impact?days=" + days);
            assertThat(bad.status()).as("days=%s: %s", days, bad.body()).isEqualTo(400);
            assertThat(bad.body()).contains("days");
        }
        assertProblem(api.get(b.sup().token(), TICKETS + "/4242/impact"), 404);
        assertProblem(api.get(facility.client().token(), TICKETS + "/" + id + "/impact"), 404);

        String page = WebSession.signIn(api, b.sup()).get("/tickets/" + id).body();
        assertThat(page).contains("If down that long").contains("Send for repair").contains("Impact")
                .contains("Suggested experts");
    }

    @Test
    void atRiskRanksOpenTicketsByTheImpactOfTheirKit() {
        String u = Api.unique();
        Booked b = booked(u);
        long onKit = raise(b.sup(), Map.of("summary", "Monitor flickers " + u, "kitIds", List.of(b.kit()),
                "category", "hardware", "severity", "p3"));
        long idle = raise(b.sup(), Map.of("summary", "Idle kit " + u, "severity", "p3", "kitIds",
                List.of(kit().kit("Spare " + u, "WORKSTATION", null))));
        long noKit = raise(b.sup(), Map.of("summary", "Question " + u, "severity", "p1"));

        Api.Response r = api.get(b.sup().token(), "/api/v1/at-risk");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> order = r.json().valueStream().map(t -> t.get("ticketId").asLong()).toList();
        assertThat(order).contains(onKit, idle, noKit);
        assertThat(order.indexOf(onKit)).isLessThan(order.indexOf(idle));
        assertThat(order.indexOf(idle)).as("without kit: after every ticket with kit").isLessThan(order.indexOf(noKit));
        JsonNode row = r.json().get(order.indexOf(onKit));
        assertThat(row.get("productions").get(0).get("name").asString()).isEqualTo(b.name());
        assertThat(row.get("slipWorkingHours").asDouble()).isPositive();
        assertThat(row.get("blockedHours").asDouble()).isPositive();
        assertThat(row.get("score").asLong()).isPositive();
        assertThat(row.get("kit").get(0).get("name").asString()).isEqualTo("Monitor " + u);
        assertThat(row.get("serviceState").asString()).isIn("on track", "near breach", "breached");
        assertThat(r.json().get(order.indexOf(noKit)).get("score").asLong()).isZero();

        String page = WebSession.signIn(api, b.sup()).get("/at-risk").body();
        assertThat(page).contains("Monitor flickers " + u).contains(b.name()).contains("href=\"/at-risk\"");
        assertProblem(api.get(facility.client().token(), "/api/v1/at-risk"), 404);
        assertThat(WebSession.signIn(api, facility.client()).get("/at-risk").status()).isEqualTo(404);
    }

    @Test
    void outsidersSeeTheImpactOfARestrictedProductionOnlyAsHours() {
        String u = Api.unique();
        Booked secret = booked(u, "restricted");
        Account outsider = facility.staff();
        long id = raise(outsider, Map.of("summary", "Shared monitor " + u, "kitIds", List.of(secret.kit()),
                "category", "hardware"));
        Api.Response impact = api.get(outsider.token(), TICKETS + "/" + id + "/impact");
        assertThat(impact.status()).as(impact.body()).isEqualTo(200);
        assertThat(impact.json().get("impact").get("productions")).isEmpty();
        assertThat(impact.json().get("impact").get("otherProductions").get("blockedHours").asDouble()).isPositive();
        assertThat(impact.body()).doesNotContain(secret.name()).doesNotContain("Grade " + u);
        Api.Response atRisk = api.get(outsider.token(), "/api/v1/at-risk");
        assertThat(atRisk.body()).contains("Shared monitor " + u).doesNotContain(secret.name());
        assertThat(WebSession.signIn(api, outsider).get("/tickets/" + id).body()).doesNotContain(secret.name())
                .contains("Other productions you cannot see");
        assertThat(api.get(secret.sup().token(), TICKETS + "/" + id + "/impact").body()).contains(secret.name());
    }

    // the new-ticket form

    @Test
    void theNewTicketFormShowsSimilarPastTicketsAsTheUserTypes() {
        String u = Api.unique();
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long id = raise(requester, Map.of("summary", "Dolby vision metadata " + u, "errorText",
                "DVM-" + u + " metadata mismatch on shot 12"));
        resolve(engineer, id, "Re-analysed the shot");
        WebSession web = WebSession.signIn(api, requester);
        String form = web.get("/tickets/new").body();
        assertThat(form).contains("hx-get=\"/tickets/similar\"").contains("keyup changed delay:400ms")
                .contains("id=\"similar-tickets\"");
        Api.Response typed = web.get("/tickets/similar?summary=&symptoms=&errorText=DVM-" + u + "+metadata");
        assertThat(typed.status()).isEqualTo(200);
        assertThat(typed.body()).contains("Dolby vision metadata " + u).contains("Re-analysed the shot")
                .doesNotContain("<html");
        assertThat(web.get("/knowledge/similar?text=DVM-" + u).body()).contains("Dolby vision metadata " + u);
        assertThat(web.get("/tickets/similar").body()).contains("Nothing like it yet");
    }
}

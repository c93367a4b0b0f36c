package org.postops.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Tickets over real HTTP: raising, links, lifecycle, service clocks, options, resolution, rating, recurrence. */
class TicketApiTest extends ServerTest {

    private static final String TICKETS = "/api/v1/tickets";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketService service;

    private KitRows kit() {
        return new KitRows(jdbc);
    }

    private static Map<String, Object> ticket(String summary, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("summary", summary, "severity", "p2", "category", "hardware",
                "symptoms", "Playback stutters", "errorText", "GPU fell off the bus"));
        body.putAll(more);
        return body;
    }

    private JsonNode raise(Account who, Map<String, Object> body) {
        Api.Response r = api.post(who.token(), TICKETS, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("ETag")).isEqualTo("\"" + r.json().get("version").asInt() + "\"");
        return r.json();
    }

    private JsonNode move(Account who, long id, String status) {
        Api.Response r = api.post(who.token(), TICKETS + "/" + id + "/status", Map.of("status", status));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode resolve(Account who, long id, Map<String, Object> body) {
        Api.Response r = api.post(who.token(), TICKETS + "/" + id + "/resolution", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private long count(Account who, String query) {
        return api.get(who.token(), TICKETS + "?q=" + query).json().get("total").asLong();
    }

    @Test
    void raisedFromATaskItLinksTheTaskAndItsProduction() {
        Account editor = facility.staff();
        long production = facility.production(editor).get("id").asLong();
        JsonNode task = facility.task(editor, production, Map.of("title", "Grade reel 2"));
        long kitId = kit().kit("Resolve station " + Api.unique(), "WORKSTATION", null);
        JsonNode t = raise(editor, ticket("Grading suite freezes", Map.of("taskIds", List.of(task.get("id")),
                "kitIds", List.of(kitId))));
        assertThat(t.get("productionId").asLong()).as("the task's production").isEqualTo(production);
        assertThat(t.get("tasks").get(0).get("title").asString()).isEqualTo("Grade reel 2");
        assertThat(t.get("kit").get(0).get("id").asLong()).isEqualTo(kitId);
        assertThat(t.get("kit").get(0).get("type").asString()).isEqualTo("workstation");
        assertThat(t.get("status").asString()).isEqualTo("new");
        assertThat(t.get("requester").get("username").asString()).isEqualTo(editor.username());
        assertThat(t.get("severity").asString()).isEqualTo("p2");
        assertThat(t.get("next").valueStream().map(JsonNode::asString)).containsExactly("triaged", "in_progress");
        assertThat(t.get("timeline").get(0).get("kind").asString()).isEqualTo("raised");
        assertThat(t.get("serviceLevel").get("resolution").get("targetMinutes").asLong()).isEqualTo(480);
        assertThat(t.get("serviceLevel").get("roundTheClock").asBoolean()).isFalse();
        assertThat(api.get(editor.token(), "/api/v1/tickets/" + t.get("id").asLong()).status()).isEqualTo(200);
    }

    @Test
    void raisedFromKitAProductionOrOnItsOwn() {
        Account engineer = facility.person("support");
        Account staff = facility.staff();
        long production = facility.production(staff).get("id").asLong();
        long kitId = kit().kit("Deck " + Api.unique(), "DECK", null);
        JsonNode onKit = raise(engineer, ticket("Deck eats tapes", Map.of("kitIds", List.of(kitId))));
        assertThat(onKit.get("productionId").isNull()).isTrue();
        JsonNode onProduction = raise(staff, ticket("Renders slow", Map.of("productionId", production)));
        assertThat(onProduction.get("productionId").asLong()).isEqualTo(production);
        JsonNode alone = raise(staff, ticket("How do I mount the SAN?", Map.of("severity", "p4",
                "category", "storage")));
        assertThat(alone.get("kit").isEmpty()).isTrue();
        assertThat(alone.get("serviceLevel").get("response").get("targetMinutes").asLong()).isEqualTo(16 * 60);
        String u = Api.unique();
        raise(staff, ticket("Filter me " + u, Map.of("kitIds", List.of(kitId))));
        assertThat(api.get(staff.token(), TICKETS + "?kitId=" + kitId).json().get("total").asLong()).isEqualTo(2);
        assertThat(count(staff, u)).isEqualTo(1);
        assertThat(api.get(staff.token(), TICKETS + "?mine=true&q=" + u).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(engineer.token(), TICKETS + "?mine=true&q=" + u).json().get("total").asLong()).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsSaved() {
        Account staff = facility.staff();
        long production = facility.production(staff).get("id").asLong();
        long other = facility.production(staff).get("id").asLong();
        long elsewhere = facility.task(staff, other).get("id").asLong();
        String u = Api.unique();
        String msg = assertBadField(api.post(staff.token(), TICKETS, ticket("Unknown kit " + u,
                Map.of("kitIds", List.of(4242)))), "kitIds");
        assertThat(msg).isEqualTo("no kit 4242 in the register");
        assertThat(assertBadField(api.post(staff.token(), TICKETS, ticket("Wrong task " + u,
                Map.of("productionId", production, "taskIds", List.of(elsewhere)))), "taskIds"))
                .contains("no task " + elsewhere + " in this production");
        assertBadField(api.post(staff.token(), TICKETS, ticket(" ", Map.of())), "summary");
        assertBadField(api.post(staff.token(), TICKETS, ticket("No severity " + u, Map.of("severity", "p9"))),
                "severity");
        Map<String, Object> noCategory = ticket("No category " + u, Map.of());
        noCategory.remove("category");
        assertBadField(api.post(staff.token(), TICKETS, noCategory), "category");
        assertProblem(api.post(staff.token(), TICKETS, "{\"summary\": \"Broken " + u + "\", "), 400);
        assertProblem(api.post(staff.token(), TICKETS, ticket("Unknown production " + u,
                Map.of("productionId", 4242))), 404);
        Api.Response huge = api.post(staff.token(), TICKETS, ticket("Huge " + u,
                Map.of("symptoms", "x".repeat(50 * 1024 * 1024))));
        assertThat(huge.status()).as(huge.body().length() > 500 ? huge.body().substring(0, 500) : huge.body())
                .isBetween(400, 499);
        assertThat(count(staff, u)).as("nothing saved").isZero();
        assertThat(api.get(staff.token(), TICKETS + "/4242").status()).isEqualTo(404);
    }

    @Test
    void theLifecycleAllowsOnlyItsMovesAndSaysWhichAreAllowed() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long id = raise(requester, ticket("Monitor flickers", Map.of())).get("id").asLong();
        String refused = assertProblem(api.post(engineer.token(), TICKETS + "/" + id + "/status",
                Map.of("status", "waiting_on_vendor")), 409);
        assertThat(refused).contains("from new it may move to triaged, in progress");
        move(engineer, id, "triaged");
        move(engineer, id, "in_progress");
        move(engineer, id, "waiting_on_vendor");
        assertThat(assertProblem(api.post(engineer.token(), TICKETS + "/" + id + "/status",
                Map.of("status", "resolved")), 409)).contains("/resolution");
        move(engineer, id, "in_progress");
        resolve(engineer, id, Map.of("whatWasDone", "Reseated the cable", "kind", "fix"));
        assertProblem(api.post(engineer.token(), TICKETS + "/" + id + "/status", Map.of("status", "triaged")), 409);
        move(engineer, id, "closed");
        JsonNode reopened = move(requester, id, "in_progress");
        assertThat(reopened.get("status").asString()).isEqualTo("in_progress");
        assertThat(reopened.get("timeline").valueStream().map(e -> e.get("kind").asString()))
                .containsExactly("raised", "status", "status", "status", "status", "resolved", "status", "reopened");
        assertBadField(api.post(engineer.token(), TICKETS + "/" + id + "/status", Map.of("status", "nonsense")),
                "status");
    }

    @Test
    void editsCarryAVersionAndAStaleOneIsRefused() {
        Account requester = facility.staff();
        JsonNode t = raise(requester, ticket("Audio drops out", Map.of()));
        long id = t.get("id").asLong();
        String etag = "\"" + t.get("version").asInt() + "\"";
        Api.Response patched = api.patch(requester.token(), TICKETS + "/" + id, Map.of("severity", "p1"),
                Map.of("If-Match", etag));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("serviceLevel").get("roundTheClock").asBoolean()).isTrue();
        assertProblem(api.patch(requester.token(), TICKETS + "/" + id, Map.of("summary", "Late"),
                Map.of("If-Match", etag)), 412);
        assertProblem(api.send(requester.token(), "POST", TICKETS + "/" + id + "/status",
                Map.of("status", "triaged"), Map.of("If-Match", etag)), 412);
        assertBadField(api.patch(requester.token(), TICKETS + "/" + id, Map.of("summary", "")), "summary");
        assertThat(api.get(requester.token(), TICKETS + "/" + id).json().get("summary").asString())
                .isEqualTo("Audio drops out");
    }

    @Test
    void assigningTellsTheAssigneeAndTheRequester() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        Account lead = facility.person("support");
        long id = raise(requester, ticket("SAN mount lost " + Api.unique(), Map.of("category", "storage")))
                .get("id").asLong();
        String line = "Quantum support " + Api.unique();
        long expert = api.post(lead.token(), "/api/v1/experts", Map.of("kind", "vendor", "name", line)).id();
        Api.Response r = api.put(lead.token(), TICKETS + "/" + id + "/assignment",
                Map.of("assignee", engineer.username(), "expertId", expert));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("assignee").get("username").asString()).isEqualTo(engineer.username());
        assertThat(r.json().get("expertId").asLong()).isEqualTo(expert);
        assertThat(r.json().get("expertName").asString()).isEqualTo(line);
        assertBadField(api.put(lead.token(), TICKETS + "/" + id + "/assignment", Map.of("expertId", 77)), "expertId");
        assertThat(api.patch(lead.token(), "/api/v1/experts/" + expert, Map.of("active", false)).status())
                .isEqualTo(200);
        assertBadField(api.put(lead.token(), TICKETS + "/" + id + "/assignment", Map.of("expertId", expert)),
                "expertId");
        for (Account told : List.of(requester, engineer)) {
            assertThat(api.get(told.token(), "/api/v1/me/notifications").body()).contains("SAN mount lost")
                    .contains("/tickets/" + id);
        }
        assertThat(api.get(engineer.token(), TICKETS + "?assignedToMe=true").body()).contains("SAN mount lost");
        assertBadField(api.put(lead.token(), TICKETS + "/" + id + "/assignment", Map.of("assignee", "nobody-here")),
                "assignee");
        assertBadField(api.put(lead.token(), TICKETS + "/" + id + "/assignment",
                Map.of("assignee", facility.client().username())), "assignee");
    }

    @Test
    void theServiceClocksFollowTheServerClock() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        JsonNode t = raise(requester, ticket("Render farm down", Map.of("severity", "p1")));
        long id = t.get("id").asLong();
        JsonNode response = t.get("serviceLevel").get("response");
        assertThat(response.get("targetMinutes").asLong()).isEqualTo(30);
        assertThat(response.get("elapsedMinutes").asLong()).isZero();
        assertThat(response.get("state").asString()).isEqualTo("running");
        CLOCK.advance(Duration.ofMinutes(25));
        JsonNode near = api.get(requester.token(), TICKETS + "/" + id).json().get("serviceLevel");
        assertThat(near.get("response").get("elapsedMinutes").asLong()).isBetween(25L, 26L);
        assertThat(near.get("response").get("nearBreach").asBoolean()).isTrue();
        assertThat(near.get("nearBreach").asBoolean()).isTrue();
        // the requester's own update is no response
        api.post(requester.token(), TICKETS + "/" + id + "/updates", Map.of("body", "Still down"));
        CLOCK.advance(Duration.ofMinutes(10));
        JsonNode late = api.get(requester.token(), TICKETS + "/" + id).json().get("serviceLevel");
        assertThat(late.get("response").get("breached").asBoolean()).isTrue();
        assertThat(late.get("response").get("remainingMinutes").asLong()).isBetween(-6L, -5L);
        assertThat(api.get(requester.token(), TICKETS + "?breached=true&size=500").body()).contains("Render farm down");
        JsonNode answered = api.post(engineer.token(), TICKETS + "/" + id + "/updates",
                Map.of("body", "On my way")).json();
        assertThat(answered.get("firstResponseAt").isNull()).isFalse();
        assertThat(answered.get("serviceLevel").get("response").get("state").asString()).isEqualTo("missed");
        move(engineer, id, "in_progress");
        JsonNode waiting = move(engineer, id, "waiting_on_requester").get("serviceLevel").get("resolution");
        assertThat(waiting.get("state").asString()).isEqualTo("paused");
        long counted = waiting.get("elapsedMinutes").asLong();
        CLOCK.advance(Duration.ofMinutes(60));
        JsonNode paused = api.get(requester.token(), TICKETS + "/" + id).json().get("serviceLevel").get("resolution");
        assertThat(paused.get("elapsedMinutes").asLong()).as("paused: no time counted").isBetween(counted, counted + 1);
        JsonNode back = api.post(requester.token(), TICKETS + "/" + id + "/updates",
                Map.of("body", "Here are the logs")).json();
        assertThat(back.get("status").asString()).as("the requester answered").isEqualTo("in_progress");
        assertThat(back.get("serviceLevel").get("resolution").get("state").asString()).isEqualTo("running");
    }

    @Test
    void optionsAreRecordedSideBySideAndOneIsChosenWithAReason() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long id = raise(requester, ticket("Grading panel dead", Map.of())).get("id").asLong();
        String options = TICKETS + "/" + id + "/options";
        Api.Response repair = api.post(engineer.token(), options, Map.of("kind", "repair", "description",
                "Replace the PSU", "costMinor", 18000, "currency", "gbp", "restoreHours", 4, "restoreMinutes", 30,
                "feasibility", "Part in stock"));
        assertThat(repair.status()).as(repair.body()).isEqualTo(201);
        assertThat(repair.json().get("restoreMinutes").asInt()).isEqualTo(270);
        assertThat(repair.json().get("currency").asString()).isEqualTo("GBP");
        long substitute = api.post(engineer.token(), options, Map.of("kind", "substitute_kit", "description",
                "Use the spare panel from suite 3", "restoreMinutes", 20)).id();
        assertBadField(api.post(engineer.token(), options, Map.of("kind", "repair", "description", "x",
                "costMinor", 100)), "currency");
        assertBadField(api.post(engineer.token(), options, Map.of("kind", "teleport", "description", "x")), "kind");
        assertBadField(api.post(engineer.token(), options, Map.of("kind", "other", "description", " ")),
                "description");
        assertBadField(api.post(engineer.token(), options + "/" + substitute + "/choice", Map.of("reason", "")),
                "reason");
        assertProblem(api.post(engineer.token(), options + "/4242/choice", Map.of("reason", "why")), 404);
        JsonNode chosen = api.post(engineer.token(), options + "/" + substitute + "/choice",
                Map.of("reason", "Back in 20 minutes; repair overnight")).json();
        assertThat(chosen.get("options").valueStream().filter(o -> o.get("chosen").asBoolean())
                .map(o -> o.get("id").asLong())).containsExactly(substitute);
        JsonNode list = api.get(requester.token(), options).json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(1).get("chosenReason").asString()).isEqualTo("Back in 20 minutes; repair overnight");
        assertThat(api.get(facility.admin(), "/api/v1/audit?size=500").body()).contains("ticket.option-chosen");
    }

    @Test
    void resolvingNeedsTheSolutionAndOnlyTheRequesterRatesIt() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long id = raise(requester, ticket("Licence server unreachable", Map.of("category", "software_and_licences")))
                .get("id").asLong();
        String resolution = TICKETS + "/" + id + "/resolution";
        assertProblem(api.post(engineer.token(), resolution, Map.of("whatWasDone", "Restarted", "kind", "fix")), 409);
        move(engineer, id, "in_progress");
        assertBadField(api.post(engineer.token(), resolution, Map.of("kind", "fix")), "whatWasDone");
        assertBadField(api.post(engineer.token(), resolution, Map.of("whatWasDone", "Restarted")), "kind");
        assertBadField(api.post(engineer.token(), resolution, Map.of("whatWasDone", "Restarted", "kind",
                "workaround")), "workaroundAcceptable");
        assertBadField(api.post(engineer.token(), resolution, Map.of("whatWasDone", "Restarted", "kind",
                "workaround", "workaroundAcceptable", false)), "whyNotAcceptable");
        assertBadField(api.post(engineer.token(), resolution, Map.of("whatWasDone", "Restarted", "kind", "fix",
                "restoredAt", "2999-01-01T00:00:00Z")), "restoredAt");
        String rating = TICKETS + "/" + id + "/rating";
        assertProblem(api.post(requester.token(), rating, Map.of("rating", 5)), 409);
        JsonNode resolved = resolve(engineer, id, Map.of("whatWasDone", "Restarted the licence daemon", "kind",
                "workaround", "workaroundAcceptable", false, "whyNotAcceptable", "It will stop again on Monday",
                "snapshotId", 991));
        JsonNode r = resolved.get("resolution");
        assertThat(resolved.get("status").asString()).isEqualTo("resolved");
        assertThat(r.get("kind").asString()).isEqualTo("workaround");
        assertThat(r.get("workaroundAcceptable").asBoolean()).isFalse();
        assertThat(r.get("whyNotAcceptable").asString()).isEqualTo("It will stop again on Monday");
        assertThat(r.get("snapshotId").asLong()).isEqualTo(991);
        assertThat(r.get("restoredAt").isNull()).isFalse();
        assertThat(r.get("resolvedBy").get("username").asString()).isEqualTo(engineer.username());
        assertThat(resolved.get("serviceLevel").get("resolution").get("state").asString()).isEqualTo("met");
        assertProblem(api.post(engineer.token(), rating, Map.of("rating", 5)), 403);
        assertBadField(api.post(requester.token(), rating, Map.of("rating", 6)), "rating");
        assertBadField(api.post(requester.token(), rating, Map.of("rating", 0)), "rating");
        JsonNode rated = api.post(requester.token(), rating, Map.of("rating", 2, "comment", "Came back")).json();
        assertThat(rated.get("resolution").get("rating").asInt()).isEqualTo(2);
        assertThat(rated.get("resolution").get("ratingComment").asString()).isEqualTo("Came back");
    }

    @Test
    void aNewTicketOnTheSameKitAndCategoryWithinThirtyDaysIsARecurrence() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long kitId = kit().kit("Flame box " + Api.unique(), "WORKSTATION", null);
        long first = raise(requester, ticket("Flame crashes", Map.of("kitIds", List.of(kitId), "category", "vfx")))
                .get("id").asLong();
        move(engineer, first, "in_progress");
        resolve(engineer, first, Map.of("whatWasDone", "Cleared the cache", "kind", "fix"));
        long otherCategory = raise(requester, ticket("Flame slow network", Map.of("kitIds", List.of(kitId),
                "category", "networking"))).get("id").asLong();
        assertThat(api.get(requester.token(), TICKETS + "/" + otherCategory).json().get("recurrenceOf").isNull())
                .isTrue();
        assertThat(api.get(requester.token(), TICKETS + "/" + first).json().get("resolution").get("recurred")
                .asBoolean()).isFalse();
        JsonNode again = raise(requester, ticket("Flame crashes again", Map.of("kitIds", List.of(kitId),
                "category", "vfx")));
        assertThat(again.get("recurrenceOf").asLong()).isEqualTo(first);
        assertThat(api.get(requester.token(), TICKETS + "/" + first).json().get("resolution").get("recurred")
                .asBoolean()).isTrue();

        long reopened = raise(requester, ticket("Deck jams", Map.of("category", "hardware"))).get("id").asLong();
        move(engineer, reopened, "in_progress");
        resolve(engineer, reopened, Map.of("whatWasDone", "Cleaned the heads", "kind", "fix"));
        JsonNode back = move(requester, reopened, "in_progress");
        assertThat(back.get("resolution").get("recurred").asBoolean()).as("reopened within 30 days").isTrue();
    }

    @Test
    void otherAreasReadOpenTicketsLoadsAndTrackRecords() {
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long kitId = kit().kit("Mixer " + Api.unique(), "AUDIO_INTERFACE", null);
        long open = raise(requester, ticket("Mixer hums", Map.of("kitIds", List.of(kitId), "category", "audio")))
                .get("id").asLong();
        long expertId = api.post(engineer.token(), "/api/v1/experts", Map.of("kind", "vendor", "name",
                "Mixer line " + Api.unique())).id();
        assertThat(api.put(engineer.token(), TICKETS + "/" + open + "/assignment", Map.of("assignee",
                engineer.username(), "expertId", expertId)).status()).isEqualTo(200);
        long done = raise(requester, ticket("Mixer clicks", Map.of("kitIds", List.of(kitId), "category", "audio",
                "severity", "p3"))).get("id").asLong();
        api.put(engineer.token(), TICKETS + "/" + done + "/assignment", Map.of("assignee", engineer.username()));
        move(engineer, done, "in_progress");
        resolve(engineer, done, Map.of("whatWasDone", "New clock cable", "kind", "fix"));
        api.post(requester.token(), TICKETS + "/" + done + "/rating", Map.of("rating", 5));

        assertThat(service.openLoadByAssignee()).containsEntry(engineer.id(), 1);
        assertThat(service.openLoadByExpert()).containsEntry(expertId, 1);
        org.postops.app.access.Viewer viewer = new org.postops.app.access.Viewer(requester.id(), requester.username(),
                "Requester", org.postops.app.access.Role.STAFF, java.time.ZoneId.of("UTC"));
        TicketRef ref = service.openTickets(viewer).stream().filter(r -> r.id() == open).findFirst().orElseThrow();
        assertThat(ref.kitIds()).containsExactly(kitId);
        assertThat(ref.severity()).isEqualTo(Severity.P2);
        assertThat(service.openTickets(viewer)).noneMatch(r -> r.id() == done);
        ResolvedRef track = service.resolvedSimilar(org.postops.app.skill.SkillCategory.AUDIO,
                org.postops.app.kit.KitType.AUDIO_INTERFACE).stream().filter(r -> r.ticketId() == done)
                .findFirst().orElseThrow();
        assertThat(track.resolverId()).isEqualTo(engineer.id());
        assertThat(track.rating()).isEqualTo(5);
        assertThat(track.recurred()).isFalse();
        assertThat(track.resolvedAt()).isAfterOrEqualTo(track.raisedAt());
        assertThat(service.resolvedSimilar(org.postops.app.skill.SkillCategory.AUDIO,
                org.postops.app.kit.KitType.DECK)).noneMatch(r -> r.ticketId() == done);
    }

    @Test
    void clientsAreToldTicketsDoNotExist() {
        Account staff = facility.staff();
        Account client = facility.client();
        long id = raise(staff, ticket("Client must not see " + Api.unique(), Map.of())).get("id").asLong();
        assertProblem(api.get(client.token(), TICKETS), 404);
        assertProblem(api.get(client.token(), TICKETS + "/" + id), 404);
        assertProblem(api.get(client.token(), TICKETS + "/" + id + "/options"), 404);
        assertProblem(api.post(client.token(), TICKETS, ticket("Mine", Map.of())), 404);
        assertProblem(api.post(client.token(), TICKETS + "/" + id + "/status", Map.of("status", "triaged")), 404);
        assertProblem(api.post(client.token(), TICKETS + "/" + id + "/updates", Map.of("body", "hi")), 404);
    }
}

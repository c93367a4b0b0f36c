package org.postops.app.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.HandPlan;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/**
 * Change requests over the API, on {@link HandPlan}: the impact of a change is worked out before anyone agrees,
 * and approving applies exactly what the impact showed.
 */
class ChangeRequestApiTest extends ServerTest {

    private long raise(HandPlan p, String title) {
        Api.Response r = api.post(p.supervisor().token(), "/api/v1/productions/" + p.production()
                + "/change-requests", Map.of("title", title, "requestedBy", "Client", "reason", "Notes from the "
                + "viewing"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private JsonNode propose(HandPlan p, long request, Map<String, Object> change) {
        Api.Response r = api.post(p.supervisor().token(), "/api/v1/change-requests/" + request + "/changes", change);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode impact(HandPlan p, long request) {
        Api.Response r = api.get(p.supervisor().token(), "/api/v1/change-requests/" + request + "/impact");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String finish(HandPlan p) {
        return api.get(p.supervisor().token(), "/api/v1/productions/" + p.production() + "/schedule").json()
                .get("finish").asString();
    }

    @Test
    void lengtheningACriticalTaskByNHoursSlipsDeliveryByExactlyNAndApprovalAppliesIt() {
        HandPlan p = HandPlan.make(facility);
        Account conformist = facility.staff();
        facility.member(p.supervisor(), p.production(), conformist, "editor");
        api.patch(p.supervisor().token(), "/api/v1/tasks/" + p.id("B"), Map.of("assignees",
                List.of(conformist.username())));
        long request = raise(p, "Recut of scene 12");
        JsonNode change = propose(p, request, Map.of("kind", "change_task", "taskId", p.id("B"),
                "patch", Map.of("estimateHours", 11)));
        assertThat(change.get("summary").asString()).isEqualTo("'B conform': estimate 8 h → 11 h");

        JsonNode impact = impact(p, request);
        assertThat(impact.get("delivery").get("before").asString()).isEqualTo("2027-01-07T18:00:00Z");
        assertThat(impact.get("delivery").get("after").asString()).isEqualTo("2027-01-08T12:00:00Z");
        assertThat(impact.get("delivery").get("slipHours").asDouble()).isEqualTo(3.0);
        assertThat(impact.get("delivery").get("slipWorkingDays").asInt()).isEqualTo(1);
        assertThat(impact.get("milestonesNowMissing").valueStream().map(m -> m.get("taskId").asLong()))
                .containsExactly(p.id("M"));
        assertThat(impact.get("milestonesNowMissing").get(0).get("hoursLateAfter").asDouble()).isEqualTo(3.0);
        assertThat(impact.get("negativeFloat").valueStream().map(t -> t.get("taskId").asLong()))
                .containsExactlyInAnyOrder(p.id("A"), p.id("B"), p.id("D"), p.id("M"));
        assertThat(impact.get("negativeFloat").valueStream().map(t -> t.get("floatHoursAfter").asDouble()))
                .containsOnly(-3.0);
        assertThat(finish(p)).as("nothing changes before the decision").isEqualTo("2027-01-07T18:00:00Z");

        Api.Response approved = api.post(p.supervisor().token(), "/api/v1/change-requests/" + request + "/decision",
                Map.of("decision", "approve", "note", "Client pays for the extra day"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(approved.json().get("decisionNote").asString()).isEqualTo("Client pays for the extra day");
        assertThat(approved.json().get("history").valueStream().map(h -> h.get("action").asString()))
                .containsExactly("raised", "proposed", "approved");
        assertThat(finish(p)).isEqualTo("2027-01-08T12:00:00Z");
        JsonNode told = api.get(conformist.token(), "/api/v1/me/notifications").json().get("items").get(0);
        assertThat(told.get("kind").asString()).isEqualTo("change-request.approved");
        assertThat(told.get("title").asString()).endsWith("approved the change request “Recut of scene 12”: "
                + "delivery moves 3 h later");
        assertThat(told.get("link").asString()).isEqualTo("/change-requests/" + request);
        assertThat(api.get(p.supervisor().token(), "/api/v1/tasks/" + p.id("B")).json().get("estimateHours")
                .asDouble()).isEqualTo(11.0);

        Api.Response again = api.post(p.supervisor().token(), "/api/v1/change-requests/" + request + "/decision",
                Map.of("decision", "approve"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void lengtheningATaskByLessThanItsFloatSlipsNothing() {
        HandPlan p = HandPlan.make(facility);
        long request = raise(p, "Two more VFX passes");
        propose(p, request, Map.of("kind", "change_task", "taskId", p.id("C"), "patch", Map.of("estimateHours", 7)));
        JsonNode impact = impact(p, request);
        assertThat(impact.get("delivery").get("slipHours").asDouble()).isZero();
        assertThat(impact.get("delivery").get("slipWorkingDays").asInt()).isZero();
        assertThat(impact.get("milestonesNowMissing")).isEmpty();
        assertThat(impact.get("negativeFloat")).isEmpty();
    }

    @Test
    void aNewTaskCanBeWaitedForAndIsCreatedUnderItsReservedIdOnApproval() {
        HandPlan p = HandPlan.make(facility);
        long request = raise(p, "Three more VFX shots");
        JsonNode shot = propose(p, request, Map.of("kind", "new_task", "task", Map.of("title", "VFX shot 12c",
                "estimateHours", 6, "dependsOn", List.of(p.id("C")))));
        long shotId = shot.get("taskId").asLong();
        assertThat(shot.get("summary").asString()).isEqualTo("New task 'VFX shot 12c' (6 h, waits for 1 task)");
        propose(p, request, Map.of("kind", "change_task", "taskId", p.id("D"), "patch",
                Map.of("dependsOn", List.of(p.id("B"), p.id("C"), shotId))));
        // C then the shot: Wed 09:00 + 4 h + 6 h = Thu 11:00, so the grade starts then and ends Fri 11:00.
        JsonNode impact = impact(p, request);
        assertThat(impact.get("delivery").get("after").asString()).isEqualTo("2027-01-08T11:00:00Z");
        assertThat(impact.get("delivery").get("slipHours").asDouble()).isEqualTo(2.0);
        assertThat(api.get(p.supervisor().token(), "/api/v1/tasks/" + shotId).status()).isEqualTo(404);

        api.post(p.supervisor().token(), "/api/v1/change-requests/" + request + "/decision",
                Map.of("decision", "approve"));
        JsonNode created = api.get(p.supervisor().token(), "/api/v1/tasks/" + shotId).json();
        assertThat(created.get("title").asString()).isEqualTo("VFX shot 12c");
        assertThat(created.get("dependsOn").valueStream().map(d -> d.get("id").asLong())).containsExactly(p.id("C"));
        assertThat(finish(p)).isEqualTo("2027-01-08T11:00:00Z");
    }

    @Test
    void aSpecOrDeliveryDateChangeShowsAndMeasuresFloatAgainstTheNewDate() {
        HandPlan p = HandPlan.make(facility);
        long request = raise(p, "Delivery moves to UHD HDR, a day earlier");
        propose(p, request, Map.of("kind", "change_production", "patch", Map.of("deliveryDate", "2027-01-06",
                "spec", Map.of("frameWidth", 3840, "frameHeight", 2160, "colourPipeline", "ACES HDR PQ"))));
        JsonNode impact = impact(p, request);
        assertThat(impact.get("delivery").get("deadline").asString()).isEqualTo("2027-01-06");
        assertThat(impact.get("specChanges").valueStream().map(c -> c.get("field").asString() + ": "
                + c.get("after").asString())).contains("delivery date: 2027-01-06", "frame size: 3840×2160",
                "colour pipeline: ACES HDR PQ");
        assertThat(impact.get("negativeFloat").valueStream().filter(t -> t.get("taskId").asLong() == p.id("D"))
                .map(t -> t.get("floatHoursAfter").asDouble())).containsExactly(-8.0);
    }

    @Test
    void rejectDeferAndReopenKeepTheirHistoryAndChangeNothing() {
        HandPlan p = HandPlan.make(facility);
        long request = raise(p, "Longer grade");
        propose(p, request, Map.of("kind", "change_task", "taskId", p.id("D"), "patch", Map.of("estimateHours", 16)));
        String path = "/api/v1/change-requests/" + request + "/decision";
        assertThat(api.post(p.supervisor().token(), path, Map.of("decision", "defer", "note", "after the viewing"))
                .json().get("status").asString()).isEqualTo("deferred");
        assertThat(api.post(p.supervisor().token(), path, Map.of("decision", "reopen")).json().get("status")
                .asString()).isEqualTo("open");
        JsonNode rejected = api.post(p.supervisor().token(), path, Map.of("decision", "reject", "note", "no budget"))
                .json();
        assertThat(rejected.get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.get("decidedBy").get("username").asString()).isEqualTo(p.supervisor().username());
        assertThat(rejected.get("history").valueStream().map(h -> h.get("action").asString()))
                .containsExactly("raised", "proposed", "deferred", "reopened", "rejected");
        assertThat(finish(p)).isEqualTo("2027-01-07T18:00:00Z");
        assertThat(api.post(p.supervisor().token(), "/api/v1/change-requests/" + request + "/changes",
                Map.of("kind", "change_task", "taskId", p.id("A"), "patch", Map.of("estimateHours", 1))).status())
                .isEqualTo(409);
        assertThat(api.get(p.supervisor().token(), "/api/v1/productions/" + p.production()
                + "/change-requests?status=rejected").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void badProposalsAreRefusedWithAClearMessageAndNothingIsSaved() {
        HandPlan p = HandPlan.make(facility);
        Account elsewhere = facility.staff();
        long otherTask = facility.task(elsewhere, facility.production(elsewhere).get("id").asLong()).get("id")
                .asLong();
        long request = raise(p, "Bad ideas");
        String changes = "/api/v1/change-requests/" + request + "/changes";
        String token = p.supervisor().token();
        assertThat(assertBadField(api.post(token, changes, Map.of("kind", "change_task", "taskId", p.id("A"),
                "patch", Map.of("dependsOn", List.of(p.id("M"))))), "dependsOn")).contains("cycle");
        assertBadField(api.post(token, changes, Map.of("kind", "change_task", "taskId", otherTask,
                "patch", Map.of("estimateHours", 2))), "taskId");
        assertBadField(api.post(token, changes, Map.of("kind", "change_task", "taskId", p.id("A"),
                "patch", Map.of("estimateHours", -2))), "patch.estimateHours");
        assertBadField(api.post(token, changes, Map.of("kind", "new_task", "task", Map.of("title", "Ghost",
                "dependsOn", List.of(otherTask)))), "dependsOn");
        assertBadField(api.post(token, changes, Map.of("kind", "new_task", "task", Map.of("estimateHours", 2))),
                "task.title");
        assertBadField(api.post(token, changes, Map.of("kind", "change_production", "patch",
                Map.of("name", "Renamed"))), "patch.name");
        assertBadField(api.post(token, changes, Map.of("kind", "rewrite", "patch", Map.of())), "kind");
        assertBadField(api.post(token, changes, Map.of("kind", "change_task", "taskId", p.id("A"))), "patch");
        JsonNode stored = api.get(token, "/api/v1/change-requests/" + request).json();
        assertThat(stored.get("changes")).isEmpty();
        assertThat(stored.get("history")).hasSize(1);
        assertThat(api.post(token, "/api/v1/change-requests/" + request + "/decision", Map.of("decision", "approve"))
                .status()).as("nothing to approve").isEqualTo(409);
    }

    @Test
    void theTeamRaisesButOnlyManagersProposeAndDecide() {
        HandPlan p = HandPlan.make(facility);
        Account editor = facility.staff();
        facility.member(p.supervisor(), p.production(), editor, "editor");
        Api.Response raised = api.post(editor.token(), "/api/v1/productions/" + p.production() + "/change-requests",
                Map.of("title", "Client asked for a longer credits roll"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(api.patch(editor.token(), "/api/v1/change-requests/" + raised.id(),
                Map.of("reason", "Said on the phone")).status()).as("the raiser may edit").isEqualTo(200);
        assertThat(api.post(editor.token(), "/api/v1/change-requests/" + raised.id() + "/changes",
                Map.of("kind", "change_task", "taskId", p.id("A"), "patch", Map.of("estimateHours", 20))).status())
                .isEqualTo(403);
        assertThat(api.post(editor.token(), "/api/v1/change-requests/" + raised.id() + "/decision",
                Map.of("decision", "reject")).status()).isEqualTo(403);
        Account stranger = facility.staff();
        assertThat(api.get(stranger.token(), "/api/v1/change-requests/" + raised.id()).status()).isIn(200, 404);
    }

    @Test
    void aChangeThatPutsTwoDaysOfWorkOnOnePersonsMondayNamesThemAndTheExcess() {
        Account sup = facility.staff();
        Account editor = facility.staff();
        long production = facility.production(sup, Map.of("startDate", "2027-01-04")).get("id").asLong();
        facility.member(sup, production, editor, "editor");
        facility.task(sup, production, Map.of("title", "Assembly", "estimateHours", 8,
                "assignees", List.of(editor.username())));
        long request = api.post(sup.token(), "/api/v1/productions/" + production + "/change-requests",
                Map.of("title", "A second cut for the agency")).id();
        assertThat(api.post(sup.token(), "/api/v1/change-requests/" + request + "/changes", Map.of("kind", "new_task",
                "task", Map.of("title", "Agency cut", "estimateHours", 8, "assignees", List.of(editor.username()))))
                .status()).isEqualTo(201);
        JsonNode overloaded = api.get(sup.token(), "/api/v1/change-requests/" + request + "/impact").json()
                .get("overloadedPeople");
        assertThat(overloaded).hasSize(1);
        assertThat(overloaded.get(0).get("username").asString()).isEqualTo(editor.username());
        JsonNode monday = overloaded.get(0).get("days").get(0);
        assertThat(monday.get("date").asString()).isEqualTo("2027-01-04");
        assertThat(monday.get("loadBeforeHours").asDouble()).isEqualTo(8.0);
        assertThat(monday.get("loadAfterHours").asDouble()).isEqualTo(16.0);
        assertThat(monday.get("overAfterHours").asDouble()).isEqualTo(8.0);
        assertThat(monday.get("newlyOver").asBoolean()).isTrue();
    }
}

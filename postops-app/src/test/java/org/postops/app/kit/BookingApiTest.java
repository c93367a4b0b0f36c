package org.postops.app.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Bookings of kit and rooms over real HTTP: what a production depends on. Clashes are refused naming the
 * booking they clash with, as far as the booker may know it; two bookings at once cannot both win.
 */
class BookingApiTest extends ServerTest {

    @Autowired
    KitService kitService;

    private long kit(String name) {
        Api.Response r = api.post(facility.admin(), "/api/v1/kit", Map.of("kind", "workstation", "name",
                name + " " + Api.unique()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private static Map<String, Object> booking(String thing, long thingId, long production, String first, String last) {
        Map<String, Object> b = new HashMap<>();
        b.put(thing, thingId);
        b.put("productionId", production);
        b.put("firstDay", first);
        b.put("lastDay", last);
        return b;
    }

    @Test
    void aStageWithBookingsIsNotDeletedAndTheAnswerSaysWhy() {
        Account owner = facility.staff();
        JsonNode production = facility.production(owner);
        long pid = production.get("id").asLong();
        long stage = production.get("stages").get(0).get("id").asLong();
        Map<String, Object> b = booking("kitId", kit("Avid"), pid, "2031-04-01", "2031-04-02");
        b.put("stageId", stage);
        assertThat(api.post(owner.token(), "/api/v1/bookings", b).status()).isEqualTo(201);
        String refused = assertProblem(api.delete(owner.token(), "/api/v1/stages/" + stage), 409);
        assertThat(refused).contains("booked to the stage");
        assertThat(api.get(owner.token(), "/api/v1/productions/" + pid + "/stages").body()).contains(Long.toString(stage));
    }

    @Test
    void aProductionBooksKitToAStageOrTaskAndAnOverlapIsRefusedNamingTheClash() {
        Account owner = facility.staff();
        JsonNode production = facility.production(owner, Map.of("name", "Kestrel " + Api.unique()));
        long pid = production.get("id").asLong();
        long stage = production.get("stages").get(0).get("id").asLong();
        long task = facility.task(owner, pid).get("id").asLong();
        long kit = kit("Resolve");
        Map<String, Object> first = booking("kitId", kit, pid, "2031-03-02", "2031-03-06");
        first.put("stageId", stage);
        first.put("taskId", task);
        first.put("note", "Grade");
        Api.Response booked = api.post(owner.token(), "/api/v1/bookings", first);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().get("productionName").asString()).startsWith("Kestrel");
        assertThat(booked.json().get("stageName").asString()).isNotBlank();
        long id = booked.id();

        String clash = assertProblem(api.post(owner.token(), "/api/v1/bookings",
                booking("kitId", kit, pid, "2031-03-06", "2031-03-09")), 409);
        assertThat(clash).contains("2031-03-02", "2031-03-06", "Kestrel", Long.toString(id));
        Api.Response after = api.post(owner.token(), "/api/v1/bookings", booking("kitId", kit, pid, "2031-03-07",
                "2031-03-09"));
        assertThat(after.status()).as("the day after is free").isEqualTo(201);

        assertThat(kitService.kitBookedTo(pid)).containsExactly(kit);
        assertThat(kitService.dependentBookings(kit)).extracting(KitService.BookingRef::id).contains(id, after.id());
        assertThat(kitService.dependentBookings(kit).get(0).taskId()).isEqualTo(task);

        Api.Response moved = api.patch(owner.token(), "/api/v1/bookings/" + id, Map.of("lastDay", "2031-03-07"),
                Map.of("If-Match", "\"1\""));
        assertProblem(moved, 409);
        Api.Response shortened = api.patch(owner.token(), "/api/v1/bookings/" + id, Map.of("lastDay", "2031-03-05"),
                Map.of("If-Match", "\"1\""));
        assertThat(shortened.status()).as(shortened.body()).isEqualTo(200);
        assertProblem(api.patch(owner.token(), "/api/v1/bookings/" + id, Map.of("note", "x"),
                Map.of("If-Match", "\"1\"")), 412);
        assertBadField(api.patch(owner.token(), "/api/v1/bookings/" + id, Map.of("kitId", kit(("Other")))), "kitId");

        JsonNode list = api.get(owner.token(), "/api/v1/productions/" + pid + "/bookings").json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(api.delete(owner.token(), "/api/v1/bookings/" + id).status()).isEqualTo(204);
        assertThat(api.get(owner.token(), "/api/v1/bookings/" + id).status()).isEqualTo(404);
        assertThat(api.get(owner.token(), "/api/v1/productions/" + pid + "/bookings").json().size()).isEqualTo(1);
    }

    @Test
    void aClashWithARestrictedProductionNamesOnlyAnotherProductionAndItsBookingsAreBusy() {
        Account owner = facility.staff();
        Account outsider = facility.staff();
        String secret = "Merlin " + Api.unique();
        long hidden = facility.production(owner, Map.of("name", secret, "confidentiality", "restricted")).get("id")
                .asLong();
        long open = facility.production(outsider).get("id").asLong();
        long room = api.post(facility.admin(), "/api/v1/rooms", Map.of("name", "Dub " + Api.unique(), "kind",
                "dubbing_stage")).id();
        Map<String, Object> mine = booking("roomId", room, hidden, "2031-05-04", "2031-05-08");
        mine.put("note", "Merlin final mix");
        long booking = api.post(owner.token(), "/api/v1/bookings", mine).id();

        Api.Response refused = api.post(outsider.token(), "/api/v1/bookings",
                booking("roomId", room, open, "2031-05-08", "2031-05-10"));
        String detail = assertProblem(refused, 409);
        assertThat(detail).contains("another production", "2031-05-04", "2031-05-08")
                .doesNotContain("Merlin", Long.toString(booking), Long.toString(hidden));

        JsonNode busy = api.get(outsider.token(), "/api/v1/rooms/" + room + "/bookings").json();
        assertThat(busy.size()).isEqualTo(1);
        assertThat(busy.get(0).get("busy").asBoolean()).isTrue();
        assertThat(busy.get(0).get("firstDay").asString()).isEqualTo("2031-05-04");
        assertThat(busy.toString()).doesNotContain("Merlin", Long.toString(booking), Long.toString(hidden));
        JsonNode seen = api.get(owner.token(), "/api/v1/rooms/" + room + "/bookings").json();
        assertThat(seen.get(0).get("productionName").asString()).isEqualTo(secret);
        assertThat(api.get(outsider.token(), "/api/v1/bookings/" + booking).status()).isEqualTo(404);
        assertThat(api.get(outsider.token(), "/api/v1/productions/" + hidden + "/bookings").status()).isEqualTo(404);
        assertThat(api.delete(outsider.token(), "/api/v1/bookings/" + booking).status()).isEqualTo(404);
        assertThat(api.get(owner.token(), "/api/v1/bookings/" + booking).status()).isEqualTo(200);
    }

    @Test
    void twoBookingsAtOnceOfTheSameKitCannotBothWin() throws Exception {
        Account owner = facility.staff();
        long pid = facility.production(owner).get("id").asLong();
        long kit = kit("SAN");
        for (int round = 0; round < 3; round++) {
            String day = "2032-0" + (round + 1) + "-10";
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.post(owner.token(), "/api/v1/bookings", booking("kitId", kit, pid, day, day)).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(api.get(owner.token(), "/api/v1/kit/" + kit + "/bookings").json().size()).isEqualTo(3);
    }

    @Test
    void bookingNeedsWorkOnTheProductionAndItsOwnStagesAndLiveKit() {
        Account owner = facility.staff();
        Account other = facility.staff();
        JsonNode production = facility.production(owner);
        long pid = production.get("id").asLong();
        long elsewhere = facility.production(other).get("id").asLong();
        long foreignStage = facility.production(other).get("stages").get(0).get("id").asLong();
        long foreignTask = facility.task(other, elsewhere).get("id").asLong();
        long kit = kit("Deck");

        assertProblem(api.post(other.token(), "/api/v1/bookings", booking("kitId", kit, pid, "2031-01-01",
                "2031-01-02")), 403);
        assertProblem(api.post(owner.token(), "/api/v1/bookings", booking("kitId", 4242, pid, "2031-01-01",
                "2031-01-02")), 404);
        assertProblem(api.post(owner.token(), "/api/v1/bookings", booking("kitId", kit, 4242, "2031-01-01",
                "2031-01-02")), 404);
        Map<String, Object> badStage = booking("kitId", kit, pid, "2031-01-01", "2031-01-02");
        badStage.put("stageId", foreignStage);
        assertBadField(api.post(owner.token(), "/api/v1/bookings", badStage), "stageId");
        Map<String, Object> badTask = booking("kitId", kit, pid, "2031-01-01", "2031-01-02");
        badTask.put("taskId", foreignTask);
        assertBadField(api.post(owner.token(), "/api/v1/bookings", badTask), "taskId");
        assertBadField(api.post(owner.token(), "/api/v1/bookings", booking("kitId", kit, pid, "2031-01-05",
                "2031-01-02")), "lastDay");
        assertBadField(api.post(owner.token(), "/api/v1/bookings", booking("kitId", kit, pid, "2031-13-05",
                "2031-01-02")), "firstDay");
        Map<String, Object> both = booking("kitId", kit, pid, "2031-01-01", "2031-01-02");
        both.put("roomId", 4242);
        assertBadField(api.post(owner.token(), "/api/v1/bookings", both), "roomId");
        assertBadField(api.post(owner.token(), "/api/v1/bookings", "{\"kitId\": "), "body");
        assertThat(api.get(owner.token(), "/api/v1/kit/" + kit + "/bookings").json().size()).as("nothing saved")
                .isZero();

        api.patch(facility.admin(), "/api/v1/kit/" + kit, Map.of("status", "retired"));
        assertThat(assertProblem(api.post(owner.token(), "/api/v1/bookings", booking("kitId", kit, pid, "2031-01-01",
                "2031-01-02")), 409)).contains("retired");
    }
}

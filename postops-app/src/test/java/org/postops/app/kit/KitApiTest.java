package org.postops.app.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/** The kit register and rooms over real HTTP: create, read, filter, change, retire; who may do what. */
class KitApiTest extends ServerTest {

    static Map<String, Object> workstation(String name, String tag) {
        Map<String, Object> kit = new HashMap<>();
        kit.put("kind", "workstation");
        kit.put("name", name);
        kit.put("make", "HP");
        kit.put("model", "Z8 G5");
        kit.put("serialNumber", "SN-" + tag);
        kit.put("assetTag", tag);
        kit.put("specs", Map.of("cpu", "2x Xeon Gold 6444Y", "gpu", "RTX 6000 Ada", "ramGb", 256, "os", "Rocky Linux 9.4"));
        kit.put("software", List.of(Map.of("name", "DaVinci Resolve Studio", "version", "19.1.3")));
        return kit;
    }

    private JsonNode create(String token, Map<String, Object> body) {
        Api.Response r = api.post(token, "/api/v1/kit", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void supportRegistersKitThatStaffReadAndChangeIsAuditedWithVersions() {
        Account support = facility.person("support");
        Account staff = facility.staff();
        String tag = "PO-" + Api.unique();
        JsonNode kit = create(support.token(), workstation("Resolve " + tag, tag));
        long id = kit.get("id").asLong();
        assertThat(kit.get("status").asString()).isEqualTo("in_service");
        assertThat(kit.get("specs").get("ramGb").asInt()).isEqualTo(256);
        assertThat(kit.get("software").get(0).get("version").asString()).isEqualTo("19.1.3");
        assertThat(kit.get("attention").size()).isZero();

        Api.Response read = api.get(staff.token(), "/api/v1/kit/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertProblem(api.patch(staff.token(), "/api/v1/kit/" + id, Map.of("name", "Mine")), 403);

        Map<String, Object> specs = new HashMap<>();
        specs.put("gpu", "RTX 5000 Ada");
        specs.put("os", null);
        Api.Response changed = api.patch(support.token(), "/api/v1/kit/" + id, Map.of("status", "degraded",
                "specs", specs), Map.of("If-Match", "\"1\""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("specs").get("gpu").asString()).isEqualTo("RTX 5000 Ada");
        assertThat(changed.json().get("specs").has("os")).as("null clears a spec").isFalse();
        assertThat(changed.json().get("specs").get("cpu").asString()).isEqualTo("2x Xeon Gold 6444Y");
        assertProblem(api.patch(support.token(), "/api/v1/kit/" + id, Map.of("name", "Stale"),
                Map.of("If-Match", "\"1\"")), 412);
        assertThat(api.get(staff.token(), "/api/v1/kit/" + id).json().get("name").asString()).isEqualTo("Resolve " + tag);

        Api.Response retired = api.patch(support.token(), "/api/v1/kit/" + id, Map.of("status", "retired"));
        assertThat(retired.json().get("status").asString()).isEqualTo("retired");
        assertThat(api.get(staff.token(), "/api/v1/kit?q=" + tag).json().get("total").asLong())
                .as("retired kit leaves the register's default view").isZero();
        assertThat(api.get(staff.token(), "/api/v1/kit?q=" + tag + "&includeRetired=true").json().get("total").asLong())
                .isEqualTo(1);
        JsonNode trail = api.get(facility.admin(), "/api/v1/audit?objectType=kit&actor=" + support.username()).json();
        assertThat(trail.toString()).contains("kit.created", "kit.updated");
    }

    @Test
    void anAssetTagIsOnOneKitItemOnlyAndTheConflictNamesTheHolder() {
        String token = facility.admin();
        String tag = "PO-" + Api.unique();
        create(token, workstation("Holder " + tag, tag));
        String detail = assertProblem(api.post(token, "/api/v1/kit", workstation("Second " + tag, tag)), 409);
        assertThat(detail).contains(tag, "Holder " + tag);
        assertThat(api.get(token, "/api/v1/kit?q=Second+" + tag).json().get("total").asLong()).isZero();
    }

    @Test
    void theRegisterFiltersByKindStatusRoomAndTextAndPages() {
        String token = facility.admin();
        String u = Api.unique();
        long room = api.post(token, "/api/v1/rooms", Map.of("name", "Edit " + u, "kind", "edit_suite")).id();
        Map<String, Object> a = workstation("Alpha " + u, "A-" + u);
        a.put("roomId", room);
        create(token, a);
        create(token, Map.of("kind", "reference_monitor", "name", "Monitor " + u, "make", "Sony", "model",
                "BVM-HX3110", "status", "faulty", "roomId", room));
        create(token, Map.of("kind", "io_card", "name", "DeckLink " + u, "make", "Blackmagic", "model", "8K Pro"));

        assertThat(total(token, "q=" + u)).isEqualTo(3);
        assertThat(total(token, "q=" + u + "&kind=reference_monitor")).isEqualTo(1);
        assertThat(total(token, "q=" + u + "&status=faulty")).isEqualTo(1);
        assertThat(total(token, "q=" + u + "&roomId=" + room)).isEqualTo(2);
        assertThat(total(token, "q=bvm-hx3110")).isGreaterThanOrEqualTo(1);
        assertThat(total(token, "q=A-" + u)).as("by asset tag").isEqualTo(1);
        JsonNode page = api.get(token, "/api/v1/kit?q=" + u + "&size=2&page=1").json();
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(api.get(token, "/api/v1/rooms/" + room + "/kit").json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get(token, "/api/v1/rooms/" + room).json().get("kitCount").asInt()).isEqualTo(2);
        assertBadField(api.get(token, "/api/v1/kit?kind=toaster"), "kind");
    }

    private long total(String token, String query) {
        Api.Response r = api.get(token, "/api/v1/kit?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    @Test
    void patTestsAndLicencesDueOrPastNeedAttention() {
        String token = facility.admin();
        String u = Api.unique();
        LocalDate today = LocalDate.now();
        JsonNode licence = create(token, Map.of("kind", "software_licence", "name", "Resolve licences " + u,
                "licenceSeats", 10, "licenceExpires", today.minusDays(1).toString()));
        JsonNode monitor = create(token, Map.of("kind", "reference_monitor", "name", "Flanders " + u,
                "patDue", today.plusDays(10).toString()));
        JsonNode fine = create(token, Map.of("kind", "deck", "name", "Deck " + u,
                "patDue", today.plusDays(200).toString()));
        assertThat(licence.get("attention").get(0).get("kind").asString()).isEqualTo("licence_expired");
        assertThat(monitor.get("attention").get(0).get("kind").asString()).isEqualTo("pat_due");
        assertThat(monitor.get("attention").get(0).get("message").asString()).contains("PAT test due in 10 days");
        assertThat(fine.get("attention").size()).isZero();
        assertThat(total(token, "q=" + u + "&attention=true")).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsSaved() {
        String token = facility.admin();
        String u = Api.unique();
        assertProblem(api.get(token, "/api/v1/kit/4242"), 404);
        assertProblem(api.patch(token, "/api/v1/kit/4242", Map.of("name", "x")), 404);
        assertThat(assertBadField(api.post(token, "/api/v1/kit", Map.of("kind", "toaster", "name", "T " + u)), "kind"))
                .contains("workstation");
        assertBadField(api.post(token, "/api/v1/kit", Map.of("kind", "deck")), "name");
        assertBadField(api.post(token, "/api/v1/kit", Map.of("kind", "deck", "name", "D " + u, "colour", "red")),
                "colour");
        assertBadField(api.post(token, "/api/v1/kit", Map.of("kind", "deck", "name", "D " + u, "licenceSeats", -1)),
                "licenceSeats");
        assertBadField(api.post(token, "/api/v1/kit", Map.of("kind", "deck", "name", "D " + u, "specs",
                Map.of("ports", List.of(1, 2)))), "specs.ports");
        assertBadField(api.post(token, "/api/v1/kit", Map.of("kind", "deck", "name", "D " + u, "software",
                List.of(Map.of("name", "Resolve")))), "software[0].version");
        assertBadField(api.post(token, "/api/v1/kit", Map.of("kind", "deck", "name", "D " + u, "roomId", 4242)),
                "roomId");
        assertBadField(api.post(token, "/api/v1/kit", "{\"kind\": \"deck\", \"name\": "), "body");
        assertThat(total(token, "q=D+" + u + "&includeRetired=true")).isZero();

        String huge = "{\"kind\":\"deck\",\"name\":\"Huge " + u + "\",\"notes\":\"" + "x".repeat(50 * 1024 * 1024)
                + "\"}";
        Api.Response r = api.post(token, "/api/v1/kit", huge);
        assertThat(r.status()).as("a 50 MB body").isBetween(400, 499);
        assertThat(total(token, "q=Huge+" + u + "&includeRetired=true")).isZero();
    }

    @Test
    void roomsAreCreatedChangedAndRetiredAndNamesAreUnique() {
        Account support = facility.person("support");
        String u = Api.unique();
        Api.Response created = api.post(support.token(), "/api/v1/rooms", Map.of("name", "Grade " + u, "kind",
                "grading_theatre", "location", "Floor 2"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        assertThat(assertProblem(api.post(support.token(), "/api/v1/rooms", Map.of("name", "grade " + u, "kind",
                "edit_suite")), 409)).contains("Grade " + u);
        assertBadField(api.post(support.token(), "/api/v1/rooms", Map.of("name", "X " + u, "kind", "kitchen")), "kind");
        assertProblem(api.post(facility.staff().token(), "/api/v1/rooms", Map.of("name", "S " + u, "kind",
                "edit_suite")), 403);
        Api.Response retired = api.patch(support.token(), "/api/v1/rooms/" + id, Map.of("retired", true),
                Map.of("If-Match", "\"1\""));
        assertThat(retired.json().get("retired").asBoolean()).isTrue();
        assertThat(api.get(support.token(), "/api/v1/rooms?q=" + u).json().get("total").asLong()).isZero();
        assertThat(api.get(support.token(), "/api/v1/rooms?q=" + u + "&includeRetired=true").json().get("total")
                .asLong()).isEqualTo(1);
        assertBadField(api.post(support.token(), "/api/v1/kit", Map.of("kind", "deck", "name", "In retired " + u,
                "roomId", id)), "roomId");
    }

    @Test
    void clientsAreToldOfNoKitNoRoomsNoBookings() {
        Account client = facility.client();
        String token = facility.admin();
        long kit = create(token, Map.of("kind", "deck", "name", "Deck " + Api.unique())).get("id").asLong();
        long room = api.post(token, "/api/v1/rooms", Map.of("name", "Room " + Api.unique(), "kind", "other")).id();
        for (String path : List.of("/api/v1/kit", "/api/v1/kit/" + kit, "/api/v1/kit/" + kit + "/bookings",
                "/api/v1/rooms", "/api/v1/rooms/" + room, "/api/v1/rooms/" + room + "/kit",
                "/api/v1/rooms/" + room + "/bookings", "/api/v1/kit/export")) {
            assertThat(api.get(client.token(), path).status()).as(path).isEqualTo(404);
        }
        assertThat(api.post(client.token(), "/api/v1/kit", Map.of("kind", "deck", "name", "Mine")).status())
                .isEqualTo(404);
        assertThat(api.post(client.token(), "/api/v1/bookings", Map.of("kitId", kit, "productionId", 4242,
                "firstDay", "2031-01-01", "lastDay", "2031-01-02")).status()).isEqualTo(404);
    }
}

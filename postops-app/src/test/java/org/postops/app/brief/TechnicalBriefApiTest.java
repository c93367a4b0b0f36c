package org.postops.app.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * The technical brief over real HTTP: generated from a production with a spec, a late milestone, faulty and drifted
 * kit booked to its stage, a room booked to the whole production and an open P1 ticket; the team's notes with
 * their version; sharing with colleagues; and who may see any of it.
 */
class TechnicalBriefApiTest extends ServerTest {

    /** A production whose brief has something in every section. */
    private record Scene(Account owner, Account tech, long id, String name, long stage, long kit, String kitName,
            long room, long ticket) {
    }

    private Scene scene(String confidentiality) {
        String tag = Api.unique();
        Account owner = facility.staff();
        Account tech = facility.person("support");
        String name = "Brief " + tag;
        JsonNode p = facility.production(owner, Map.of("name", name, "confidentiality", confidentiality,
                "startDate", "2032-03-01", "deliveryDate", "2032-03-12",
                "spec", Map.of("frameWidth", 3840, "frameHeight", 2160, "frameRate", "24", "colourPipeline", "ACES",
                        "audioLayout", "5.1", "masteringFormat", "IMF App 2E",
                        "deliverables", List.of(Map.of("name", "UHD master", "format", "IMF",
                                "deliveryProfileId", "ebu-r128")))));
        long id = p.get("id").asLong();
        facility.member(owner, id, tech, "tech_support");
        long stage = api.get(owner.token(), "/api/v1/productions/" + id + "/stages").json().get(0).get("id").asLong();
        long grade = facility.task(owner, id, Map.of("title", "Grade " + tag, "estimateHours", 16, "stageId", stage))
                .get("id").asLong();
        facility.task(owner, id, Map.of("title", "Picture lock", "milestone", true, "dueDate", "2032-03-01",
                "dependsOn", List.of(grade)));

        String admin = facility.admin();
        String kitName = "Grade monitor " + tag;
        long kit = api.post(admin, "/api/v1/kit", Map.of("kind", "workstation", "name", kitName,
                "assetTag", "BRIEF-" + tag, "patDue", "2020-01-01")).id();
        long room = api.post(admin, "/api/v1/rooms", Map.of("name", "Theatre " + tag, "kind", "grading_theatre")).id();
        assertThat(api.post(owner.token(), "/api/v1/bookings", Map.of("kitId", kit, "productionId", id,
                "stageId", stage, "taskId", grade, "firstDay", "2032-03-01", "lastDay", "2032-03-05")).status())
                .isEqualTo(201);
        assertThat(api.post(owner.token(), "/api/v1/bookings", Map.of("roomId", room, "productionId", id,
                "firstDay", "2032-03-01", "lastDay", "2032-03-12")).status()).isEqualTo(201);
        assertThat(api.post(tech.token(), "/api/v1/kit/" + kit + "/snapshots", Map.of("source", "api",
                "gpus", List.of(Map.of("model", "NVIDIA RTX A6000", "driver", "535.104")))).status()).isEqualTo(201);
        assertThat(api.post(tech.token(), "/api/v1/productions/" + id + "/qualified-configurations", Map.of(
                "name", "Grading " + tag, "rules", List.of(Map.of("key", "gpu[*].driver", "range", "550–560"))))
                .status()).isEqualTo(201);
        JsonNode faulty = api.get(admin, "/api/v1/kit/" + kit).json();
        assertThat(api.send(admin, "PATCH", "/api/v1/kit/" + kit, Map.of("status", "faulty"),
                Map.of("If-Match", "\"" + faulty.get("version").asInt() + "\"")).status()).isEqualTo(200);
        long ticket = api.post(tech.token(), "/api/v1/tickets", Map.of("summary", "Monitor dead " + tag,
                "severity", "p1", "category", "hardware", "productionId", id, "kitIds", List.of(kit))).id();
        return new Scene(owner, tech, id, name, stage, kit, kitName, room, ticket);
    }

    @Test
    void theBriefGathersSpecStagesKitConfigurationsTicketsAndRisks() {
        Scene s = scene("standard");
        Api.Response r = api.get(s.tech().token(), "/api/v1/productions/" + s.id() + "/brief");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode b = r.json();
        assertThat(b.at("/production/name").asString()).isEqualTo(s.name());
        assertThat(b.at("/production/deliveryDate").asString()).isEqualTo("2032-03-12");
        assertThat(b.at("/spec/frameWidth").asInt()).isEqualTo(3840);
        assertThat(b.at("/spec/deliverables/0/deliveryProfileId").asString()).isEqualTo("ebu-r128");

        JsonNode stage = find(b.get("stages"), "id", s.stage());
        assertThat(stage.get("tasks").asInt()).isEqualTo(1);
        assertThat(stage.get("openTasks").asInt()).isEqualTo(1);
        assertThat(stage.at("/start").asString()).startsWith("2032-03-01T09:00");
        JsonNode kitLine = stage.get("bookings").get(0);
        assertThat(kitLine.get("what").asString()).isEqualTo("kit");
        assertThat(kitLine.get("name").asString()).isEqualTo(s.kitName());
        assertThat(kitLine.get("status").asString()).isEqualTo("Faulty");
        assertThat(kitLine.get("attention").toString()).contains("PAT");
        assertThat(b.at("/wholeProduction/0/what").asString()).isEqualTo("room");
        assertThat(b.at("/wholeProduction/0/id").asLong()).isEqualTo(s.room());

        assertThat(b.at("/milestones/0/title").asString()).isEqualTo("Picture lock");
        assertThat(b.at("/milestones/0/meetsTarget").asBoolean()).isFalse();
        // due at the end of its first day, reached at the end of the second: a working day late
        assertThat(b.at("/milestones/0/hoursLate").asDouble()).isEqualTo(8.0);

        assertThat(b.at("/compliance/0/status").asString()).isEqualToIgnoringCase("drifted");
        assertThat(b.at("/configurations/0/scope").asString()).isEqualTo("production");
        assertThat(b.at("/openTickets/0/id").asLong()).isEqualTo(s.ticket());
        assertThat(b.at("/contacts/0/username").asString()).isEqualTo(s.tech().username());
        assertThat(b.at("/contacts/0/role").asString()).isEqualTo("Tech support");

        List<String> risks = texts(b.get("risks"), "what");
        assertThat(b.at("/risks/0/level").asString()).isEqualTo("high");
        assertThat(risks).anySatisfy(t -> assertThat(t).contains("Picture lock").contains("by 8 h of work"));
        assertThat(risks).anySatisfy(t -> assertThat(t).contains(s.kitName()).contains("faulty"));
        assertThat(risks).anySatisfy(t -> assertThat(t).contains(s.kitName()).contains("drifted")
                .contains("gpu[0].driver is 535.104"));
        assertThat(risks).anySatisfy(t -> assertThat(t).startsWith("Open P1 ticket: Monitor dead"));
        assertThat(risks).anySatisfy(t -> assertThat(t).contains(s.kitName()).contains("PAT"));

        String page = WebSession.signIn(api, s.tech()).get("/productions/" + s.id() + "/brief").body();
        assertThat(page).contains("Technical brief: " + s.name()).contains(s.kitName()).contains("Picture lock")
                .contains("Monitor dead").contains("Share in PostOps");
    }

    @Test
    void theBriefListsTheMediaFoldersAndWhatTheirCopiesLack() throws java.io.IOException {
        Scene s = scene("standard");
        java.nio.file.Path root = java.nio.file.Files.createTempDirectory("brief-vol-");
        java.nio.file.Files.createDirectories(root.resolve("A001"));
        java.nio.file.Files.writeString(root.resolve("A001/clip.mov"), "frames");
        long volume = api.post(s.tech().token(), "/api/v1/volumes", Map.of("name", "Brief SAN " + Api.unique(),
                "kind", "san_share", "mediaType", "disk", "site", "on_site", "rootPath", root.toString())).id();
        Api.Response folder = api.post(s.owner().token(), "/api/v1/productions/" + s.id() + "/media-folders",
                Map.of("volumeId", volume, "relativePath", "A001", "label", "A001 camera card"));
        assertThat(folder.status()).as(folder.body()).isEqualTo(201);

        JsonNode b = api.get(s.tech().token(), "/api/v1/productions/" + s.id() + "/brief").json();
        assertThat(b.at("/media/folders").asInt()).isEqualTo(1);
        assertThat(b.at("/media/items/0/label").asString()).isEqualTo("A001 camera card");
        assertThat(b.at("/media/items/0/complete").asBoolean()).isFalse();
        assertThat(texts(b.get("risks"), "what")).anySatisfy(t -> assertThat(t)
                .startsWith("Media “A001 camera card”: ").contains("off site"));
        assertThat(WebSession.signIn(api, s.tech()).get("/productions/" + s.id() + "/brief").body())
                .contains("Media folders and copies").contains("A001 camera card").contains("Incomplete");
    }

    @Test
    void notesAreVersionedAndCheckedAndNothingIsSavedWhenRefused() {
        Scene s = scene("standard");
        String path = "/api/v1/productions/" + s.id() + "/brief/notes";
        Api.Response none = api.get(s.owner().token(), path);
        assertThat(none.json().get("version").asInt()).isZero();
        Api.Response saved = api.send(s.owner().token(), "PUT", path, Map.of("storageNotes",
                "SAN share /grade/brief", "mediaNotes", "ARRIRAW originals, ProRes proxies"), Map.of("If-Match", "\"0\""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertProblem(api.send(s.tech().token(), "PUT", path, Map.of("storageNotes", "stale"),
                Map.of("If-Match", "\"0\"")), 412);
        assertBadField(api.put(s.owner().token(), path, Map.of("riskNotes", "x".repeat(10_001))), "riskNotes");
        assertProblem(api.send(s.owner().token(), "PUT", path, "{\"storageNotes\": ", Map.of()), 400);
        JsonNode brief = api.get(s.owner().token(), "/api/v1/productions/" + s.id() + "/brief").json();
        assertThat(brief.at("/notes/storageNotes").asString()).isEqualTo("SAN share /grade/brief");
        assertThat(brief.at("/notes/version").asInt()).isEqualTo(1);
        assertThat(brief.at("/notes/updatedBy/username").asString()).isEqualTo(s.owner().username());
        // someone who may read but is not on the team may not write
        assertProblem(api.put(facility.staff().token(), path, Map.of("storageNotes", "mine")), 403);
    }

    @Test
    void sharingTellsColleaguesAndRefusesThoseWhoMayNotReadIt() {
        Scene open = scene("standard");
        Account colleague = facility.staff();
        String share = "/api/v1/productions/" + open.id() + "/brief/share";
        Api.Response ok = api.post(open.tech().token(), share, Map.of("usernames", List.of(colleague.username()),
                "message", "Grade starts Monday"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode told = api.get(colleague.token(), "/api/v1/me/notifications").json().get("items").get(0);
        assertThat(told.get("title").asString()).contains("technical brief of " + open.name())
                .contains("Grade starts Monday");
        assertThat(told.get("link").asString()).isEqualTo("/productions/" + open.id() + "/brief");

        assertBadField(api.post(open.tech().token(), share, Map.of("usernames", List.of("nobody-" + Api.unique()))),
                "usernames[0]");
        assertBadField(api.post(open.tech().token(), share, Map.of("usernames", List.of(facility.client().username()))),
                "usernames[0]");
        assertBadField(api.post(open.tech().token(), share, Map.of("usernames", List.of())), "usernames");
        assertProblem(api.post(facility.staff().token(), share, Map.of("usernames", List.of(colleague.username()))),
                403);

        Scene secret = scene("restricted");
        Account outsider = facility.staff();
        String secretShare = "/api/v1/productions/" + secret.id() + "/brief/share";
        assertBadField(api.post(secret.owner().token(), secretShare, Map.of("usernames",
                List.of(colleague.username(), outsider.username()))), "usernames[0]");
        assertThat(api.get(outsider.token(), "/api/v1/me/notifications").json().get("total").asInt()).isZero();
    }

    @Test
    void outsidersAndClientsSeeNothingOfARestrictedProductionsBrief() {
        Scene secret = scene("restricted");
        Account outsider = facility.staff();
        Account client = facility.client();
        facility.member(secret.owner(), secret.id(), client, "client");
        for (Account who : List.of(outsider, client)) {
            for (String path : List.of("/brief", "/brief/notes")) {
                String body = assertProblem(api.get(who.token(), "/api/v1/productions/" + secret.id() + path), 404);
                assertThat(body).doesNotContain(secret.name()).doesNotContain(secret.kitName());
            }
            assertProblem(api.put(who.token(), "/api/v1/productions/" + secret.id() + "/brief/notes",
                    Map.of("storageNotes", "x")), 404);
            assertProblem(api.post(who.token(), "/api/v1/productions/" + secret.id() + "/brief/share",
                    Map.of("usernames", List.of(who.username()))), 404);
        }
        assertThat(WebSession.signIn(api, outsider).get("/productions/" + secret.id() + "/brief").status())
                .isEqualTo(404);
        // the standard production's brief is still not the client's to read
        Scene open = scene("standard");
        facility.member(open.owner(), open.id(), client, "client");
        assertProblem(api.get(client.token(), "/api/v1/productions/" + open.id() + "/brief"), 404);
        assertProblem(api.get(client.token(), "/api/v1/productions/" + Long.MAX_VALUE + "/brief"), 404);
    }

    private static JsonNode find(JsonNode array, String field, long value) {
        for (JsonNode n : array) {
            if (n.get(field).asLong() == value) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.get(field).asString()));
        return all;
    }
}

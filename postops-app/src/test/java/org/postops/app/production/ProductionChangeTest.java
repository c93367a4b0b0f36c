package org.postops.app.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/** Changing a production: merge patches, preconditions, criteria; a refused change changes nothing. */
class ProductionChangeTest extends ServerTest {
    @Test
    void patchIsAJsonMergePatch() {
        Account sup = facility.staff();
        JsonNode p = facility.production(sup, Map.of("codename", "KESTREL", "client", "Channel 9",
                "brief", Map.of("synopsis", "A river.", "objectives", "Win awards."),
                "spec", Map.of("frameRate", "25", "aspectRatio", "16:9")));

        Api.Response r = api.patch(sup.token(), "/api/v1/productions/" + p.get("id").asLong(),
                Map.of("codename", nullValue(), "brief", Map.of("synopsis", "Two rivers."),
                        "spec", Map.of("frameWidth", 3840)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        JsonNode after = r.json();
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(after.get("codename").isNull()).isTrue();
        assertThat(after.get("client").asString()).isEqualTo("Channel 9");
        assertThat(after.get("brief").get("synopsis").asString()).isEqualTo("Two rivers.");
        assertThat(after.get("brief").get("objectives").asString()).isEqualTo("Win awards.");
        assertThat(after.get("spec").get("frameWidth").asInt()).isEqualTo(3840);
        assertThat(after.get("spec").get("frameRate").asString()).isEqualTo("25");
        assertThat(after.get("spec").get("aspectRatio").asString()).isEqualTo("16:9");
    }

    @Test
    void staleChangesAreRefusedWith412AndChangeNothing() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String path = "/api/v1/productions/" + id;
        assertThat(api.patch(sup.token(), path, Map.of("client", "First"), Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(200);

        assertProblem(api.patch(sup.token(), path, Map.of("client", "Second"), Map.of("If-Match", "\"0\"")), 412);
        assertProblem(api.patch(sup.token(), path, Map.of("client", "Third", "version", 0)), 412);
        // an If-Match naming no version this server sent matches nothing, so the precondition fails (RFC 9110)
        assertProblem(api.patch(sup.token(), path, Map.of("client", "Fourth"), Map.of("If-Match", "yesterday")),
                412);
        JsonNode stored = api.get(sup.token(), path).json();
        assertThat(stored.get("client").asString()).isEqualTo("First");
        assertThat(stored.get("version").asInt()).isEqualTo(1);

        Api.Response current = api.patch(sup.token(), path, Map.of("client", "Fifth", "version", 1),
                Map.of("If-Match", "W/\"1\""));
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void ofRacingChangesToOneVersionExactlyOneWins() throws Exception {
        Account sup = facility.staff();
        String path = "/api/v1/productions/" + facility.production(sup).get("id").asLong();
        List<Callable<Api.Response>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String client = "Racer " + i;
            racers.add(() -> api.patch(sup.token(), path, Map.of("client", client), Map.of("If-Match", "\"0\"")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Api.Response> answers = new ArrayList<>();
        try {
            for (var answer : pool.invokeAll(racers)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        List<Api.Response> won = answers.stream().filter(r -> r.status() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(answers).extracting(Api.Response::status).containsOnly(200, 412);
        JsonNode stored = api.get(sup.token(), path).json();
        assertThat(stored.get("client").asString()).isEqualTo(won.get(0).json().get("client").asString());
        assertThat(stored.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aRefusedPatchLeavesTheProductionAsItWas() {
        Account sup = facility.staff();
        JsonNode p = facility.production(sup, Map.of("spec", Map.of("deliverables",
                List.of(Map.of("name", "ProRes master")))));
        String path = "/api/v1/productions/" + p.get("id").asLong();

        assertBadField(api.patch(sup.token(), path, Map.of("name", "Renamed", "deliveryDate", "2026-13-01")),
                "deliveryDate");
        assertBadField(api.patch(sup.token(), path, Map.of("name", "Renamed", "spec",
                Map.of("deliverables", List.of(Map.of("name", ""))))), "spec.deliverables[0].name");
        assertBadField(api.patch(sup.token(), path, Map.of("name", "Renamed", "type", "opera")), "type");
        assertBadField(api.patch(sup.token(), path, Map.of("name", "Renamed", "id", 5)), "id");
        assertBadField(api.patch(sup.token(), path, Map.of("name", "Renamed", "brief", Map.of("audience",
                "x".repeat(2001)))), "brief.audience");
        assertBadField(api.patch(sup.token(), path, "{\"name\": \"Renamed\""), "body");

        JsonNode stored = api.get(sup.token(), path).json();
        assertThat(stored.get("name").asString()).isEqualTo(p.get("name").asString());
        assertThat(stored.get("version").asInt()).isZero();
        assertThat(stored.get("spec").get("deliverables").get(0).get("name").asString()).isEqualTo("ProRes master");
    }

    @Test
    void criteriaAreTickedOffOneByOne() {
        Account sup = facility.staff();
        JsonNode p = facility.production(sup, Map.of("brief", Map.of("acceptanceCriteria",
                List.of(Map.of("description", "Loudness -23 LUFS"), Map.of("description", "No dropouts")))));
        long id = p.get("id").asLong();
        long second = p.get("brief").get("acceptanceCriteria").get(1).get("id").asLong();

        Api.Response r = api.patch(sup.token(), "/api/v1/productions/" + id + "/criteria/" + second,
                Map.of("done", true));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("brief").get("acceptanceCriteria").get(1).get("done").asBoolean()).isTrue();
        assertThat(r.json().get("brief").get("acceptanceCriteria").get(0).get("done").asBoolean()).isFalse();
        assertThat(r.json().get("version").asInt()).isEqualTo(1);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertBadField(api.patch(sup.token(), "/api/v1/productions/" + id + "/criteria/" + second, Map.of()), "done");
        assertProblem(api.patch(sup.token(), "/api/v1/productions/" + id + "/criteria/4242", Map.of("done", true)),
                404);
    }

    /** JSON null, which Map.of cannot hold. */
    private static Object nullValue() {
        return tools.jackson.databind.node.NullNode.getInstance();
    }
}

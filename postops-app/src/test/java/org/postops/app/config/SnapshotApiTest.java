package org.postops.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.Instant;
import java.util.LinkedHashMap;
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

/** Snapshots over real HTTP: submitted, validated strictly, listed newest first, diffed. */
class SnapshotApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigService configs;

    private long kit() {
        return new KitRows(jdbc).kit("Grade 1 " + Api.unique(), "WORKSTATION", null);
    }

    private long snapshots(long kit) {
        return jdbc.sql("select count(*) from config_snapshot where kit_id = ?").param(kit).query(Long.class).single();
    }

    private JsonNode submit(String token, long kit, Object body) {
        Api.Response r = api.post(token, "/api/v1/kit/" + kit + "/snapshots", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void aSnapshotIsStoredStructuredAndFlatAndReadBack() {
        long kit = kit();
        Account engineer = facility.person("support");
        JsonNode s = submit(engineer.token(), kit, Snapshots.grading("2025-01-06T09:00:00Z", "19.1.3", "550.54.14"));
        assertThat(s.get("source").asString()).isEqualTo("cli");
        assertThat(s.get("takenAt").asString()).isEqualTo("2025-01-06T09:00:00Z");
        assertThat(s.get("submittedBy").get("username").asString()).isEqualTo(engineer.username());
        assertThat(s.get("values").get("gpu[0].driver").asString()).isEqualTo("550.54.14");
        assertThat(s.get("values").get("apps.davinci-resolve-studio.plugins.neat-video").asString()).isEqualTo("5.6");
        assertThat(s.get("values").get("mounts./mnt/projects").asString()).isEqualTo("san01:/vol/projects (nfs)");
        assertThat(s.get("values").propertyNames()).hasSize(10);
        assertThat(s.get("snapshot").get("os").get("name").asString()).isEqualTo("Rocky Linux");

        Api.Response read = api.get(facility.staff().token(), "/api/v1/kit/" + kit + "/snapshots/" + s.get("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("values")).isEqualTo(s.get("values"));
        assertThat(api.get(facility.client().token(), "/api/v1/kit/" + kit + "/snapshots/" + s.get("id")).status())
                .as("clients see nothing of the support desk").isEqualTo(404);
        assertThat(api.get(engineer.token(), "/api/v1/kit/" + kit + "/snapshots/4242").status()).isEqualTo(404);
    }

    @Test
    void historyIsNewestFirstAndPaged() {
        long kit = kit();
        String token = facility.staff().token();
        long first = submit(token, kit, Snapshots.grading("2025-01-06T09:00:00Z", "19.1.3", "550.54.14")).get("id")
                .asLong();
        long third = submit(token, kit, Snapshots.grading("2025-01-08T09:00:00Z", "19.1.4", "550.54.14")).get("id")
                .asLong();
        long second = submit(token, kit, Snapshots.grading("2025-01-07T09:00:00Z", "19.1.3", "550.90.07")).get("id")
                .asLong();
        JsonNode page = api.get(token, "/api/v1/kit/" + kit + "/snapshots?size=2").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").valueStream().map(i -> i.get("id").asLong())).containsExactly(third, second);
        assertThat(api.get(token, "/api/v1/kit/" + kit + "/snapshots?size=2&page=1").json().get("items")
                .valueStream().map(i -> i.get("id").asLong())).containsExactly(first);
        assertThat(configs.latestSnapshotId(kit)).contains(third);
        assertThat(api.get(facility.client().token(), "/api/v1/kit/" + kit + "/snapshots").status()).isEqualTo(404);
        assertThat(api.get(token, "/api/v1/kit/4242/snapshots").status()).isEqualTo(404);
    }

    @Test
    void diffShowsAddedRemovedAndChangedKeysAndRefusesAnotherKitsSnapshot() {
        long kit = kit();
        String token = facility.person("support").token();
        long a = submit(token, kit, Snapshots.grading("2025-01-06T09:00:00Z", "19.1.3", "550.54.14")).get("id")
                .asLong();
        Map<String, Object> later = Snapshots.grading("2025-01-07T09:00:00Z", "19.1.4", "565.57.01");
        later.put("values", Map.of("ocio", "2.3"));
        long b = submit(token, kit, later).get("id").asLong();
        JsonNode diff = api.get(token, "/api/v1/kit/" + kit + "/snapshots/diff?from=" + a + "&to=" + b).json();
        assertThat(diff.get("added").toString()).isEqualTo("[{\"key\":\"ocio\",\"value\":\"2.3\"}]");
        assertThat(diff.get("removed").toString()).isEqualTo("[{\"key\":\"lut.version\",\"value\":\"v3\"}]");
        assertThat(diff.get("changed").valueStream().map(c -> c.get("key").asString() + ": "
                + c.get("before").asString() + " → " + c.get("after").asString())).containsExactly(
                "apps.davinci-resolve-studio.version: 19.1.3 → 19.1.4", "gpu[0].driver: 550.54.14 → 565.57.01");

        long other = kit();
        long elsewhere = submit(token, other, Snapshots.grading(null, "18.6", "535.1")).get("id").asLong();
        assertBadField(api.get(token, "/api/v1/kit/" + kit + "/snapshots/diff?from=" + a + "&to=" + elsewhere), "to");
        assertBadField(api.get(token, "/api/v1/kit/" + kit + "/snapshots/diff?from=4242&to=" + b), "from");

        // what a ticket asks: the change leading up to a fault
        assertThat(configs.whatChanged(kit, Instant.parse("2025-01-07T10:00:00Z")).orElseThrow().changed())
                .hasSize(2);
        assertThat(configs.whatChanged(kit, Instant.parse("2025-01-06T10:00:00Z"))).isEmpty();
        assertThat(configs.whatChanged(kit, Instant.parse("2025-01-07T09:00:00Z")).orElseThrow().to().id())
                .isEqualTo(b);
    }

    @Test
    void badSnapshotsAreRefusedNamingWhyAndNothingIsSaved() {
        long kit = kit();
        String token = facility.staff().token();
        String path = "/api/v1/kit/" + kit + "/snapshots";
        assertThat(assertBadField(api.post(token, path, "{\"os\": {\"name\": \"Rocky\",}}"), "body"))
                .contains("line 1, column");
        assertThat(assertBadField(api.post(token, path, Map.of("os", Map.of("version", 9.3))), "os.version"))
                .contains("must be a string");
        assertBadField(api.post(token, path, Map.of("gpus", Map.of("model", "A6000"))), "gpus");
        assertBadField(api.post(token, path, Map.of("apps", List.of(Map.of("version", "1")))), "apps[0].name");
        assertBadField(api.post(token, path, Map.of("apps", List.of(Map.of("name", "Nuke", "plugins",
                List.of(Map.of("name", "Foundry", "version", 3)))))), "apps[0].plugins[0].version");
        assertBadField(api.post(token, path, Map.of("colour", "aces")), "colour");
        assertBadField(api.post(token, path, Map.of("values", Map.of("kernel", "6.1"))), "values.kernel");
        assertBadField(api.post(token, path, Map.of("takenAt", "yesterday")), "takenAt");
        assertBadField(api.post(token, path, Map.of("takenAt", "2099-01-01T00:00:00Z")), "takenAt");
        assertBadField(api.post(token, path, Map.of("source", "fax")), "source");
        assertBadField(api.post(token, path, "[1, 2]"), "body");
        assertBadField(api.post(token, path, "{\"values\": {\"a\": \"1\", \"a\": \"2\"}}"), "body");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 5001; i++) {
            many.put("key." + i, "v");
        }
        assertThat(assertBadField(api.post(token, path, Map.of("values", many)), "values")).contains("5001 keys");
        assertProblem(api.post(token, "/api/v1/kit/4242/snapshots", Snapshots.grading(null, "19", "550")), 404);
        assertProblem(api.post(facility.client().token(), path, Snapshots.grading(null, "19", "550")), 404);
        assertThat(snapshots(kit)).isZero();
    }

    @Test
    void aFiftyMegabyteSnapshotIsRefusedAndNothingIsSaved() {
        long kit = kit();
        StringBuilder huge = new StringBuilder(50 * 1024 * 1024 + 100).append("{\"values\": {\"blob\": \"");
        huge.append("x".repeat(50 * 1024 * 1024)).append("\"}}");
        Api.Response r = api.post(facility.staff().token(), "/api/v1/kit/" + kit + "/snapshots", huge.toString());
        assertThat(assertProblem(r, 413)).contains("larger than 1024 KiB");
        assertThat(snapshots(kit)).isZero();
        // the server is still there for the next one
        submit(facility.staff().token(), kit, Snapshots.grading(null, "19.1.3", "550.54.14"));
    }
}

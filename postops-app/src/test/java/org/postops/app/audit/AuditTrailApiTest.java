package org.postops.app.audit;

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
import org.postops.app.support.Facility;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class AuditTrailApiTest extends ServerTest {

    @Test
    void signInsTokensAndRefusalsAreRecorded() {
        Account me = facility.staff();
        assertThat(api.post(null, "/api/v1/auth/tokens", Map.of("username", me.username(), "password", "wrong guess",
                "name", "x")).status()).isEqualTo(401);
        Api.Response issued = api.post(null, "/api/v1/auth/tokens", Map.of("username", me.username(),
                "password", Facility.PASSWORD, "name", "edit suite 4"));
        api.delete(me.token(), "/api/v1/auth/tokens/" + issued.id());
        String probe = "/api/v1/productions/" + issued.id();
        assertProblem(api.get(issued.json().get("token").asString(), probe), 401);

        List<String> actions = entries("actor=" + me.username()).stream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).contains("login.failed", "login.succeeded", "token.created", "token.revoked");
        JsonNode created = entries("actor=" + me.username() + "&action=token.created").stream()
                .filter(e -> e.get("objectId").asString().equals(Long.toString(issued.id()))).findFirst().orElseThrow();
        assertThat(created.get("after").asString()).contains("edit suite 4");
        assertThat(created.get("remoteAddress").asString()).isNotBlank();
        assertThat(entries("action=access.refused&size=20")).anySatisfy(e -> assertThat(e.get("after").asString())
                .contains("GET " + probe));
    }

    @Test
    void updatesRecordTheValuesBeforeAndAfter() {
        Account sup = facility.staff();
        long id = facility.production(sup, Map.of("client", "Before Ltd")).get("id").asLong();
        api.patch(sup.token(), "/api/v1/productions/" + id, Map.of("client", "After plc"));

        List<JsonNode> trail = entries("productionId=" + id);
        assertThat(trail).extracting(e -> e.get("action").asString())
                .containsExactly("production.updated", "production.created");
        JsonNode update = trail.get(0);
        assertThat(update.get("actor").asString()).isEqualTo(sup.username());
        assertThat(Api.JSON.readTree(update.get("before").asString()).get("client").asString()).isEqualTo("Before Ltd");
        assertThat(Api.JSON.readTree(update.get("after").asString()).get("client").asString()).isEqualTo("After plc");
    }

    @Test
    void theTrailIsPagedFilteredAndVerifiedForAdministratorsOnly() {
        Account sup = facility.staff();
        facility.production(sup);
        facility.production(sup);
        JsonNode page = api.get(facility.admin(), "/api/v1/audit?actor=" + sup.username()
                + "&action=production.created&size=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(api.get(facility.admin(), "/api/v1/audit?actor=" + sup.username() + "&from=2999-01-01T00:00:00Z")
                .json().get("total").asLong()).isZero();
        assertBadField(api.get(facility.admin(), "/api/v1/audit?from=yesterday"), "from");
        assertBadField(api.get(facility.admin(), "/api/v1/audit?productionId=abc"), "productionId");
        assertBadField(api.get(facility.admin(), "/api/v1/audit?size=501"), "size");

        JsonNode verdict = api.get(facility.admin(), "/api/v1/audit/verify").json();
        assertThat(verdict.get("message").asString()).startsWith("audit trail intact");
        assertThat(verdict.get("firstBrokenId").isNull()).isTrue();
        assertThat(verdict.get("checked").asLong()).isPositive();

        for (Account outsider : List.of(sup, facility.client(), facility.person("support"))) {
            assertProblem(api.get(outsider.token(), "/api/v1/audit"), 403);
            assertProblem(api.get(outsider.token(), "/api/v1/audit/verify"), 403);
        }
    }

    @Test
    void concurrentChangesAllLandInOneUnbrokenChain() throws Exception { // appenders queue on the chain's head
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            writers.add(() -> api.post(sup.token(), "/api/v1/productions/" + id + "/tasks",
                    Map.of("title", "Parallel " + n)).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (var result : pool.invokeAll(writers)) {
                assertThat(result.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries("productionId=" + id + "&action=task.created&size=50")).hasSize(24);
        assertThat(api.get(facility.admin(), "/api/v1/audit/verify").json().get("firstBrokenId").isNull()).isTrue();
    }

    private List<JsonNode> entries(String query) {
        Api.Response r = api.get(facility.admin(), "/api/v1/audit?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items").valueStream().toList();
    }
}

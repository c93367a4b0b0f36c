package org.postops.app.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class ProductionApiTest extends ServerTest {
    @Test
    void createAnswers201WithTheStoredProductionItsIdAndEtag() {
        Account sup = facility.staff();
        String name = "Northern Lights " + Api.unique();
        Api.Response r = api.post(sup.token(), "/api/v1/productions",
                Map.of("name", name, "type", "documentary", "confidentiality", "restricted"));

        assertThat(r.status()).isEqualTo(201);
        long id = r.id();
        assertThat(r.header("Location")).isEqualTo("/api/v1/productions/" + id);
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        assertThat(r.json().get("status").asString()).isEqualTo("planning");
        assertThat(r.json().get("currency").asString()).isEqualTo("GBP");
        assertThat(r.json().get("myRole").asString()).isEqualTo("supervisor");
        assertThat(r.json().get("stages").get(1).get("name").asString()).isEqualTo("Logging & transcription");

        Api.Response got = api.get(sup.token(), "/api/v1/productions/" + id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("ETag")).isEqualTo("\"0\"");
        assertThat(got.json().get("name").asString()).isEqualTo(name);
        assertThat(got.json().get("confidentiality").asString()).isEqualTo("restricted");
    }

    @Test
    void createRefusesBadInputFieldByFieldAndStoresNothing() {
        Account sup = facility.staff();
        String name = "Refused " + Api.unique();
        String path = "/api/v1/productions";
        assertBadField(api.post(sup.token(), path, "{\"name\": \"" + name + "\","), "body");
        assertBadField(api.post(sup.token(), path, "[1, 2]"), "body");
        assertBadField(api.post(sup.token(), path, body(name, "type", "telenovela")), "type");
        assertBadField(api.post(sup.token(), path, Map.of("name", name)), "confidentiality");
        assertBadField(api.post(sup.token(), path, Map.of("confidentiality", "standard")), "name");
        assertBadField(api.post(sup.token(), path, body("x".repeat(201), "client", "y")), "name");
        assertBadField(api.post(sup.token(), path, body(name, "deliveryDate", "2026-02-30")), "deliveryDate");
        assertBadField(api.post(sup.token(), path, body(name, "startDate", "next week")), "startDate");
        assertBadField(api.post(sup.token(), path, body(name, "colour", "HDR")), "colour");
        assertBadField(api.post(sup.token(), path, body(name, "currency", "pounds")), "currency");
        assertBadField(api.post(sup.token(), path, Map.of("name", name, "confidentiality", "standard",
                "startDate", "2026-05-01", "deliveryDate", "2026-04-01")), "deliveryDate");
        assertBadField(api.post(sup.token(), path, body(name, "brief",
                Map.of("acceptanceCriteria", List.of(Map.of("description", " "))))),
                "brief.acceptanceCriteria[0].description");
        assertBadField(api.post(sup.token(), path, body(name, "spec", Map.of("frameRate", "fast"))),
                "spec.frameRate");
        assertBadField(api.post(sup.token(), path, body(name, "spec", Map.of("scan", "diagonal"))), "spec.scan");

        assertThat(api.get(sup.token(), "/api/v1/productions?q=" + name.replace(' ', '+')).json().get("total")
                .asLong()).isZero();
    }

    @Test
    void createTakesTheLongestTextTheFieldsAllow() {
        Account sup = facility.staff();
        Api.Response r = api.post(sup.token(), "/api/v1/productions", body("Long " + Api.unique(), "brief",
                Map.of("synopsis", "s".repeat(10000), "objectives", "o".repeat(10000), "audience", "a".repeat(2000))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("brief").get("objectives").asString()).hasSize(10000);
    }

    @Test
    void copyFromTakesStagesSpecAndDeliverablesOfTheSource() {
        Account sup = facility.staff();
        JsonNode source = facility.production(sup, Map.of("type", "commercial", "spec", Map.of("frameWidth", 1920,
                "frameHeight", 1080, "frameRate", "25", "scan", "interlaced", "deliverables",
                List.of(Map.of("name", "Clock master", "format", "XDCAM HD422", "deliveryProfileId", "dpp-hd")))));
        long sourceId = source.get("id").asLong();
        assertThat(api.post(sup.token(), "/api/v1/productions/" + sourceId + "/stages",
                Map.of("name", "Clearcast")).status()).isEqualTo(201);

        Api.Response copy = api.post(sup.token(), "/api/v1/productions?copyFrom=" + sourceId,
                Map.of("name", "Copy " + Api.unique(), "confidentiality", "standard"));

        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        JsonNode spec = copy.json().get("spec");
        assertThat(spec.get("frameRate").asString()).isEqualTo("25");
        assertThat(spec.get("scan").asString()).isEqualTo("interlaced");
        JsonNode deliverable = spec.get("deliverables").get(0);
        assertThat(deliverable.get("name").asString()).isEqualTo("Clock master");
        assertThat(deliverable.get("deliveryProfileId").asString()).isEqualTo("dpp-hd");
        assertThat(deliverable.get("id").asLong())
                .isNotEqualTo(source.get("spec").get("deliverables").get(0).get("id").asLong());
        assertThat(names(copy.json().get("stages"))).endsWith("Delivery", "Clearcast").hasSize(10);
        assertThat(copy.json().get("type").asString()).isEqualTo("other");

        assertBadField(api.post(sup.token(), "/api/v1/productions?copyFrom=4242", body("Copy", "client", "x")),
                "copyFrom");
    }

    @Test
    void unknownProductionsAre404() {
        Account sup = facility.staff();
        assertProblem(api.get(sup.token(), "/api/v1/productions/4242"), 404);
        assertProblem(api.patch(sup.token(), "/api/v1/productions/4242", Map.of("name", "x")), 404);
        assertProblem(api.patch(sup.token(), "/api/v1/productions/4242/criteria/4243", Map.of("done", true)), 404);
        assertBadField(api.get(sup.token(), "/api/v1/productions/forty-two"), "id");
    }

    @Test
    void listsArePaged() {
        Account sup = facility.staff();
        String tag = "paged" + Api.unique();
        for (int i = 0; i < 3; i++) {
            facility.production(sup, Map.of("name", "Show " + i + " " + tag));
        }
        JsonNode first = api.get(sup.token(), "/api/v1/productions?q=" + tag + "&size=2").json();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        JsonNode second = api.get(sup.token(), "/api/v1/productions?q=" + tag + "&size=2&page=1").json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("page").asInt()).isEqualTo(1);

        assertBadField(api.get(sup.token(), "/api/v1/productions?size=0"), "size");
        assertBadField(api.get(sup.token(), "/api/v1/productions?size=501"), "size");
        assertBadField(api.get(sup.token(), "/api/v1/productions?page=-1"), "page");
        assertBadField(api.get(sup.token(), "/api/v1/productions?page=first"), "page");
    }

    @Test
    void onlyStaffStartProductionsAndOnlyManagersChangeThem() {
        Account sup = facility.staff();
        Account colleague = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        assertProblem(api.post(facility.client().token(), "/api/v1/productions", body("Mine", "client", "me")), 403);
        assertProblem(api.post(facility.person("support").token(), "/api/v1/productions", body("Mine", "client", "me")),
                403);
        assertProblem(api.patch(colleague.token(), "/api/v1/productions/" + id, Map.of("name", "Taken")), 403);
        facility.member(sup, id, colleague, "editor");
        assertProblem(api.patch(colleague.token(), "/api/v1/productions/" + id, Map.of("name", "Taken")), 403);
        assertThat(api.get(sup.token(), "/api/v1/productions/" + id).json().get("version").asInt()).isZero();
    }

    private static Map<String, Object> body(String name, String key, Object value) {
        return Map.of("name", name, "confidentiality", "standard", key, value);
    }

    private static List<String> names(JsonNode stages) {
        return stages.valueStream().map(s -> s.get("name").asString()).toList();
    }
}

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

class StageApiTest extends ServerTest {

    @Test
    void stagesAreAddedMovedRenamedAndDeleted() {
        Account sup = facility.staff();
        long id = facility.production(sup, Map.of("type", "short")).get("id").asLong();
        String stages = "/api/v1/productions/" + id + "/stages";
        assertThat(names(api.get(sup.token(), stages).json()))
                .containsExactly("Ingest", "Edit", "Picture lock", "Finishing", "Audio post", "QC", "Delivery");

        Api.Response added = api.post(sup.token(), stages, Map.of("name", " Dailies ", "position", 1));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long dailies = added.id();
        assertThat(added.header("Location")).isEqualTo("/api/v1/stages/" + dailies);
        assertThat(added.json().get("name").asString()).isEqualTo("Dailies");
        assertThat(added.json().get("position").asInt()).isEqualTo(1);

        Api.Response moved = api.patch(sup.token(), "/api/v1/stages/" + dailies,
                Map.of("name", "Rushes", "position", 99));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(names(api.get(sup.token(), stages).json())).endsWith("Delivery", "Rushes").hasSize(8);

        assertThat(api.delete(sup.token(), "/api/v1/stages/" + dailies).status()).isEqualTo(204);
        assertThat(names(api.get(sup.token(), stages).json())).doesNotContain("Rushes").hasSize(7);
        assertProblem(api.delete(sup.token(), "/api/v1/stages/" + dailies), 404);
    }

    @Test
    void aStageThatHoldsTasksCannotBeDeleted() {
        Account sup = facility.staff();
        JsonNode production = facility.production(sup);
        long id = production.get("id").asLong();
        long stage = production.get("stages").get(0).get("id").asLong();
        facility.task(sup, id, Map.of("stageId", stage));

        String detail = assertProblem(api.delete(sup.token(), "/api/v1/stages/" + stage), 409);

        assertThat(detail).contains("1 task");
        assertThat(api.get(sup.token(), "/api/v1/productions/" + id + "/stages").json().get(0).get("id").asLong())
                .isEqualTo(stage);
    }

    @Test
    void badStagesAreRefused() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String stages = "/api/v1/productions/" + id + "/stages";
        long first = api.get(sup.token(), stages).json().get(0).get("id").asLong();
        assertBadField(api.post(sup.token(), stages, Map.of("name", " ")), "name");
        assertBadField(api.post(sup.token(), stages, Map.of("position", 1)), "name");
        assertBadField(api.post(sup.token(), stages, Map.of("name", "x".repeat(101))), "name");
        assertBadField(api.post(sup.token(), stages, Map.of("name", "Grade", "position", -1)), "position");
        assertBadField(api.post(sup.token(), stages, Map.of("name", "Grade", "position", "first")), "position");
        assertBadField(api.patch(sup.token(), "/api/v1/stages/" + first, Map.of("name", "")), "name");
        assertBadField(api.patch(sup.token(), "/api/v1/stages/" + first, Map.of("colour", "red")), "colour");
        assertProblem(api.post(sup.token(), "/api/v1/productions/4242/stages", Map.of("name", "Grade")), 404);
        assertProblem(api.get(sup.token(), "/api/v1/productions/4242/stages"), 404);
        assertProblem(api.patch(sup.token(), "/api/v1/stages/4242", Map.of("name", "Grade")), 404);
        assertThat(api.get(sup.token(), stages).json()).hasSize(7);
    }

    @Test
    void onlyManagersChangeStages() {
        Account sup = facility.staff();
        Account editor = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        facility.member(sup, id, editor, "editor");
        long first = api.get(sup.token(), "/api/v1/productions/" + id + "/stages").json().get(0).get("id").asLong();

        assertProblem(api.post(editor.token(), "/api/v1/productions/" + id + "/stages", Map.of("name", "x")), 403);
        assertProblem(api.patch(editor.token(), "/api/v1/stages/" + first, Map.of("name", "x")), 403);
        assertProblem(api.delete(editor.token(), "/api/v1/stages/" + first), 403);
        assertThat(api.get(editor.token(), "/api/v1/productions/" + id + "/stages").json()).hasSize(7);
    }

    private static List<String> names(JsonNode stages) {
        return stages.valueStream().map(s -> s.get("name").asString()).toList();
    }
}

package org.postops.app.task;

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
import tools.jackson.databind.node.NullNode;

class TaskApiTest extends ServerTest {

    @Test
    void createAnswers201WithTheTaskItsIdAndEtag() {
        Account sup = facility.staff();
        Account editor = facility.staff();
        JsonNode production = facility.production(sup);
        long id = production.get("id").asLong();
        long stage = production.get("stages").get(2).get("id").asLong();
        facility.member(sup, id, editor, "editor");

        Api.Response r = api.post(sup.token(), "/api/v1/productions/" + id + "/tasks", Map.of("title", " Conform ",
                "stageId", stage, "estimateHours", 7.5, "dueDate", "2031-03-01", "assignees", List.of(editor.username())));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/tasks/" + r.id());
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        JsonNode task = api.get(editor.token(), "/api/v1/tasks/" + r.id()).json();
        assertThat(task.get("title").asString()).isEqualTo("Conform");
        assertThat(task.get("status").asString()).isEqualTo("todo");
        assertThat(task.get("stageId").asLong()).isEqualTo(stage);
        assertThat(task.get("estimateHours").asDouble()).isEqualTo(7.5);
        assertThat(task.get("productionId").asLong()).isEqualTo(id);
        assertThat(task.get("assignees").get(0).get("username").asString()).isEqualTo(editor.username());
    }

    @Test
    void badTasksAreRefusedFieldByFieldAndNotStored() {
        Account sup = facility.staff();
        Account stranger = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        long elsewhere = facility.production(sup).get("id").asLong();
        long otherStage = api.get(sup.token(), "/api/v1/productions/" + elsewhere + "/stages").json().get(0).get("id")
                .asLong();
        long otherTask = facility.task(sup, elsewhere).get("id").asLong();
        String tasks = "/api/v1/productions/" + id + "/tasks";

        assertBadField(api.post(sup.token(), tasks, "{\"title\": "), "body");
        assertBadField(api.post(sup.token(), tasks, Map.of("status", "todo")), "title");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "x".repeat(201))), "title");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "status", "finished")), "status");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "dueDate", "31/12/2030")), "dueDate");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "estimateHours", -1)), "estimateHours");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "estimateHours", "lots")), "estimateHours");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "priority", 1)), "priority");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "stageId", otherStage)), "stageId");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "assignees", List.of(stranger.username()))),
                "assignees[0]");
        assertBadField(api.post(sup.token(), tasks, Map.of("title", "A", "dependsOn", List.of(otherTask))),
                "dependsOn[0]");
        assertProblem(api.post(sup.token(), "/api/v1/productions/4242/tasks", Map.of("title", "A")), 404);

        assertThat(api.get(sup.token(), tasks).json().get("total").asLong()).isZero();
    }

    @Test
    void patchIsAJsonMergePatch() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        JsonNode task = facility.task(sup, id, Map.of("description", "Match the offline", "dueDate", "2031-01-10",
                "estimateHours", 4));

        Api.Response r = api.patch(sup.token(), "/api/v1/tasks/" + task.get("id").asLong(),
                Map.of("status", "in_progress", "description", NullNode.getInstance()));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(r.json().get("status").asString()).isEqualTo("in_progress");
        assertThat(r.json().get("description").isNull()).isTrue();
        assertThat(r.json().get("dueDate").asString()).isEqualTo("2031-01-10");
        assertThat(r.json().get("estimateHours").asDouble()).isEqualTo(4.0);
        assertThat(r.json().get("title").asString()).isEqualTo(task.get("title").asString());

        Api.Response typed = api.patch(sup.token(), "/api/v1/tasks/" + task.get("id").asLong(),
                "{\"dueDate\": null}", Map.of("Content-Type", "application/merge-patch+json"));
        assertThat(typed.status()).as(typed.body()).isEqualTo(200);
        assertThat(typed.json().get("dueDate").isNull()).isTrue();
    }

    @Test
    void aPatchThatWouldCloseACycleIsRefusedWholeAndNamesTheTasks() {
        Account sup = facility.staff();
        Account editor = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        facility.member(sup, id, editor, "editor");
        JsonNode grade = facility.task(sup, id, Map.of("title", "Grade reel 1"));
        JsonNode online = facility.task(sup, id, Map.of("title", "Online reel 1",
                "dependsOn", List.of(grade.get("id").asLong())));
        JsonNode qc = facility.task(sup, id, Map.of("title", "QC reel 1", "dependsOn", List.of(online.get("id").asLong())));
        String path = "/api/v1/tasks/" + grade.get("id").asLong();

        String message = assertBadField(api.patch(sup.token(), path, Map.of("title", "Grade reel one",
                "assignees", List.of(editor.username()), "dependsOn", List.of(qc.get("id").asLong()))), "dependsOn");

        assertThat(message).contains("'Grade reel 1'", "'Online reel 1'", "'QC reel 1'");
        JsonNode stored = api.get(sup.token(), path).json();
        assertThat(stored.get("title").asString()).isEqualTo("Grade reel 1");
        assertThat(stored.get("assignees")).isEmpty();
        assertThat(stored.get("dependsOn")).isEmpty();
        assertThat(stored.get("version").asInt()).isZero();
        assertBadField(api.patch(sup.token(), path, Map.of("dependsOn", List.of(grade.get("id").asLong()))),
                "dependsOn");
    }

    @Test
    void aFinishedTaskOfSomeoneWhoLeftTheTeamCanStillBeEdited() {
        Account sup = facility.staff();
        Account leaver = facility.staff();
        long production = facility.production(sup).get("id").asLong();
        facility.member(sup, production, leaver, "editor");
        String path = "/api/v1/tasks/" + facility.task(sup, production,
                Map.of("title", "Assembly " + Api.unique(), "assignees", List.of(leaver.username()), "status", "done"))
                .get("id").asLong();
        assertThat(api.delete(sup.token(), "/api/v1/productions/" + production + "/members/" + leaver.username())
                .status()).isEqualTo(204);

        assertThat(api.patch(sup.token(), path, Map.of("description", "Delivered to the online suite")).status())
                .isEqualTo(200);
        Account stranger = facility.staff();
        assertBadField(api.patch(sup.token(), path, Map.of("assignees", List.of(leaver.username(),
                stranger.username()))), "assignees[1]");
    }

    @Test
    void staleChangesAreRefusedWith412() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String path = "/api/v1/tasks/" + facility.task(sup, id).get("id").asLong();
        assertThat(api.patch(sup.token(), path, Map.of("status", "in_progress"), Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(200);

        assertProblem(api.patch(sup.token(), path, Map.of("status", "done"), Map.of("If-Match", "\"0\"")), 412);
        assertProblem(api.patch(sup.token(), path, Map.of("status", "done", "version", 0)), 412);
        assertBadField(api.patch(sup.token(), path, Map.of("status", "done", "version", 0),
                Map.of("If-Match", "\"1\"")), "version");
        JsonNode stored = api.get(sup.token(), path).json();
        assertThat(stored.get("status").asString()).isEqualTo("in_progress");
        assertThat(api.get(sup.token(), path).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void unknownTasksAre404() {
        Account sup = facility.staff();
        assertProblem(api.get(sup.token(), "/api/v1/tasks/4242"), 404);
        assertProblem(api.patch(sup.token(), "/api/v1/tasks/4242", Map.of("title", "x")), 404);
        assertProblem(api.get(sup.token(), "/api/v1/tasks/4242/comments"), 404);
        assertProblem(api.post(sup.token(), "/api/v1/tasks/4242/comments", Map.of("body", "x")), 404);
        assertProblem(api.get(sup.token(), "/api/v1/productions/4242/tasks"), 404);
    }

    @Test
    void aProductionsTasksArePagedAndFiltered() {
        Account sup = facility.staff();
        JsonNode production = facility.production(sup);
        long id = production.get("id").asLong();
        long stage = production.get("stages").get(3).get("id").asLong();
        facility.task(sup, id, Map.of("status", "in_progress", "stageId", stage));
        facility.task(sup, id, Map.of("status", "in_progress"));
        facility.task(sup, id);
        String tasks = "/api/v1/productions/" + id + "/tasks";

        JsonNode page = api.get(sup.token(), tasks + "?size=2").json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(api.get(sup.token(), tasks + "?size=2&page=1").json().get("items")).hasSize(1);
        assertThat(api.get(sup.token(), tasks + "?status=in_progress").json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get(sup.token(), tasks + "?status=IN_PROGRESS&stageId=" + stage).json().get("total").asLong())
                .isEqualTo(1);
        assertBadField(api.get(sup.token(), tasks + "?status=finished"), "status");
        assertBadField(api.get(sup.token(), tasks + "?size=501"), "size");
        assertBadField(api.get(sup.token(), tasks + "?stageId=grade"), "stageId");
    }

    @Test
    void theTeamWorksOnTasksClientsAndOutsidersDoNot() {
        Account sup = facility.staff();
        Account client = facility.client();
        Account outsider = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        facility.member(sup, id, client, "client");
        String task = "/api/v1/tasks/" + facility.task(sup, id).get("id").asLong();

        assertProblem(api.post(client.token(), "/api/v1/productions/" + id + "/tasks", Map.of("title", "Mine")), 403);
        assertProblem(api.patch(client.token(), task, Map.of("title", "Mine")), 403);
        assertProblem(api.patch(outsider.token(), task, Map.of("title", "Mine")), 403);
        assertProblem(api.post(outsider.token(), "/api/v1/productions/" + id + "/tasks", Map.of("title", "Mine")), 403);
        assertThat(api.get(client.token(), task).json().get("version").asInt()).isZero();
    }
}

package org.postops.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class CommentApiTest extends ServerTest {

    @Test
    void membersAndTheirClientsCommentOthersDoNot() {
        Account sup = facility.staff();
        Account client = facility.client();
        Account outsider = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        facility.member(sup, id, client, "client");
        String comments = "/api/v1/tasks/" + facility.task(sup, id).get("id").asLong() + "/comments";

        Api.Response mine = api.post(sup.token(), comments, Map.of("body", "  Conformed, please check reel 2.  "));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(mine.id()).isPositive();
        assertThat(mine.json().get("body").asString()).isEqualTo("Conformed, please check reel 2.");
        assertThat(mine.json().get("author").get("username").asString()).isEqualTo(sup.username());
        assertThat(api.post(client.token(), comments, Map.of("body", "Looks great")).status()).isEqualTo(201);
        assertProblem(api.post(outsider.token(), comments, Map.of("body", "Drive-by")), 403);

        JsonNode page = api.get(outsider.token(), comments + "?size=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(mine.id());
        assertThat(api.get(client.token(), comments + "?size=1&page=1").json().get("items").get(0).get("body")
                .asString()).isEqualTo("Looks great");
    }

    @Test
    void emptyOrOverlongCommentsAreRefused() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String comments = "/api/v1/tasks/" + facility.task(sup, id).get("id").asLong() + "/comments";

        assertBadField(api.post(sup.token(), comments, Map.of("body", "   ")), "body");
        assertBadField(api.post(sup.token(), comments, Map.of()), "body");
        assertBadField(api.post(sup.token(), comments, Map.of("body", "x".repeat(10001))), "body");
        assertBadField(api.post(sup.token(), comments, Map.of("body", "ok", "mood", "happy")), "mood");
        assertBadField(api.get(sup.token(), comments + "?page=-1"), "page");
        assertThat(api.get(sup.token(), comments).json().get("total").asLong()).isZero();
    }
}

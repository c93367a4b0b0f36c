package org.postops.app.notify;

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

class NotificationApiTest extends ServerTest {

    private static final String MINE = "/api/v1/me/notifications";

    @Test
    void peopleNewlyAssignedAreNotifiedOnceAndTheOneAssigningIsNot() {
        Account sup = facility.staff();
        Account me = facility.staff();
        Account other = facility.staff();
        String u = Api.unique();
        long production = facility.production(sup, Map.of("name", "Osprey " + u)).get("id").asLong();
        facility.member(sup, production, me, "editor");
        facility.member(sup, production, other, "editor");

        long task = facility.task(sup, production, Map.of("title", "Conform reel 2 " + u,
                "assignees", List.of(me.username(), sup.username()))).get("id").asLong();

        JsonNode unread = api.get(me.token(), MINE + "?unread=true").json();
        assertThat(unread.get("total").asLong()).isEqualTo(1);
        JsonNode n = unread.get("items").get(0);
        assertThat(n.get("kind").asString()).isEqualTo("task.assigned");
        assertThat(n.get("title").asString()).isEqualTo("Test " + sup.username() + " assigned you “Conform reel 2 " + u + "”");
        assertThat(n.get("link").asString()).isEqualTo("/tasks/" + task);
        assertThat(n.get("productionId").asLong()).isEqualTo(production);
        assertThat(n.get("productionName").asString()).isEqualTo("Osprey " + u);
        assertThat(n.get("readAt").isNull()).isTrue();
        assertThat(api.get(sup.token(), MINE).json().get("total").asLong()).as("not told of one's own doing").isZero();

        // a change that keeps the assignees tells no one; adding someone tells only them
        assertThat(api.patch(sup.token(), "/api/v1/tasks/" + task, Map.of("title", "Conform reel 2b " + u)).status())
                .isEqualTo(200);
        assertThat(api.get(me.token(), MINE).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.patch(sup.token(), "/api/v1/tasks/" + task, Map.of("assignees",
                List.of(me.username(), other.username()))).status()).isEqualTo(200);
        assertThat(api.get(me.token(), MINE).json().get("total").asLong()).isEqualTo(1);
        JsonNode theirs = api.get(other.token(), MINE).json();
        assertThat(theirs.get("total").asLong()).isEqualTo(1);
        assertThat(theirs.get("items").get(0).get("title").asString()).contains("Conform reel 2b " + u);

        // assigning oneself tells no one
        facility.task(other, production, Map.of("assignees", List.of(other.username())));
        assertThat(api.get(other.token(), MINE).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aRefusedChangeNotifiesNobody() {
        Account sup = facility.staff();
        Account me = facility.staff();
        long production = facility.production(sup).get("id").asLong();
        facility.member(sup, production, me, "editor");
        Api.Response refused = api.post(sup.token(), "/api/v1/productions/" + production + "/tasks", Map.of(
                "title", "Bad", "assignees", List.of(me.username()), "dependsOn", List.of(4242)));
        assertBadField(refused, "dependsOn[0]");
        assertThat(api.get(me.token(), MINE).json().get("total").asLong()).isZero();
    }

    @Test
    void notificationsAreReadOneByOneOrAllAtOnceNewestFirst() {
        Account sup = facility.staff();
        Account me = facility.staff();
        long production = facility.production(sup).get("id").asLong();
        facility.member(sup, production, me, "editor");
        for (String title : List.of("First", "Second", "Third")) {
            facility.task(sup, production, Map.of("title", title, "assignees", List.of(me.username())));
        }
        JsonNode all = api.get(me.token(), MINE).json();
        assertThat(all.get("items").valueStream().map(x -> x.get("title").asString()))
                .allMatch(t -> t.startsWith("Test " + sup.username()))
                .extracting(t -> t.substring(t.indexOf('“') + 1, t.indexOf('”')))
                .containsExactly("Third", "Second", "First");
        long third = all.get("items").get(0).get("id").asLong();

        assertThat(api.post(me.token(), MINE + "/" + third + "/read", null).status()).isEqualTo(204);
        assertThat(api.post(me.token(), MINE + "/" + third + "/read", null).status()).as("again is fine").isEqualTo(204);
        JsonNode unread = api.get(me.token(), MINE + "?unread=true").json();
        assertThat(unread.get("total").asLong()).isEqualTo(2);
        assertThat(api.get(me.token(), MINE + "?size=1").json().get("items").get(0).get("readAt").isNull()).isFalse();
        JsonNode paged = api.get(me.token(), MINE + "?unread=true&size=1&page=1").json();
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(paged.get("items").get(0).get("title").asString()).contains("First");

        assertProblem(api.post(sup.token(), MINE + "/" + third + "/read", null), 404);
        assertProblem(api.post(me.token(), MINE + "/4242/read", null), 404);
        assertThat(api.post(me.token(), MINE + "/read-all", null).status()).isEqualTo(204);
        assertThat(api.get(me.token(), MINE + "?unread=true").json().get("total").asLong()).isZero();
        assertThat(api.get(me.token(), MINE).json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void badListRequestsAreRefusedByField() {
        Account me = facility.staff();
        assertBadField(api.get(me.token(), MINE + "?unread=maybe"), "unread");
        assertBadField(api.get(me.token(), MINE + "?size=1000"), "size");
        assertBadField(api.post(me.token(), MINE + "/abc/read", null), "id");
        assertProblem(api.get(null, MINE), 401);
    }

    @Test
    void someoneTakenOffARestrictedProductionNoLongerSeesWhatTheyWereToldAboutIt() {
        Account sup = facility.staff();
        Account me = facility.staff();
        String u = Api.unique();
        long secret = facility.production(sup, Map.of("name", "Kittiwake " + u, "confidentiality", "restricted"))
                .get("id").asLong();
        long open = facility.production(sup, Map.of("name", "Open " + u)).get("id").asLong();
        facility.member(sup, secret, me, "editor");
        facility.member(sup, open, me, "editor");
        long task = facility.task(sup, secret, Map.of("title", "Fulmar " + u, "assignees", List.of(me.username())))
                .get("id").asLong();
        facility.task(sup, open, Map.of("title", "Gannet " + u, "assignees", List.of(me.username())));
        JsonNode before = api.get(me.token(), MINE).json();
        assertThat(before.toString()).contains("Fulmar " + u, "Kittiwake " + u);
        long told = before.get("items").valueStream().filter(x -> x.get("title").asString().contains("Fulmar"))
                .findFirst().orElseThrow().get("id").asLong();

        assertThat(api.patch(sup.token(), "/api/v1/tasks/" + task, Map.of("status", "done")).status()).isEqualTo(200);
        assertThat(api.delete(sup.token(), "/api/v1/productions/" + secret + "/members/" + me.username()).status())
                .isEqualTo(204);

        for (String path : List.of(MINE, MINE + "?unread=true", MINE + "?size=500")) {
            JsonNode after = api.get(me.token(), path).json();
            assertThat(after.get("total").asLong()).as(path).isEqualTo(1);
            assertThat(after.toString()).as(path).contains("Gannet " + u)
                    .doesNotContain("Fulmar", "Kittiwake", Long.toString(secret), Long.toString(task), Long.toString(told));
        }
        Api.Response opened = api.post(me.token(), MINE + "/" + told + "/read", null);
        Api.Response nothing = api.post(me.token(), MINE + "/4242/read", null);
        assertProblem(opened, 404);
        assertThat(opened.json().get("detail")).isEqualTo(nothing.json().get("detail"));
        assertThat(api.post(me.token(), MINE + "/read-all", null).status()).isEqualTo(204);

        // what they may read is decided when they read: back on the team, the notification is back, unread
        facility.member(sup, secret, me, "editor");
        JsonNode back = api.get(me.token(), MINE + "?unread=true").json();
        assertThat(back.get("total").asLong()).isEqualTo(1);
        assertThat(back.get("items").get(0).get("title").asString()).contains("Fulmar " + u);
    }
}

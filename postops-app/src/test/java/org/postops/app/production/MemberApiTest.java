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

class MemberApiTest extends ServerTest {

    @Test
    void theStarterSupervisesAndAddsATeam() {
        Account sup = facility.staff();
        Account editor = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String members = "/api/v1/productions/" + id + "/members";

        Api.Response added = api.post(sup.token(), members, Map.of("username", editor.username(), "role", "editor"));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("userId").asLong()).isEqualTo(editor.id());
        assertThat(added.header("Location")).isEqualTo(members + "/" + editor.username());
        assertThat(roles(api.get(sup.token(), members).json()))
                .containsExactlyInAnyOrder(sup.username() + "=supervisor", editor.username() + "=editor");
        assertProblem(api.post(sup.token(), members, Map.of("username", editor.username(), "role", "sound")), 409);

        Api.Response changed = api.patch(sup.token(), members + "/" + editor.username(), Map.of("role", "colourist"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("colourist");
        assertThat(api.get(editor.token(), "/api/v1/productions/" + id).json().get("myRole").asString())
                .isEqualTo("colourist");
    }

    @Test
    void clientsJoinOnlyAsClients() {
        Account sup = facility.staff();
        Account client = facility.client();
        long id = facility.production(sup).get("id").asLong();
        String members = "/api/v1/productions/" + id + "/members";

        assertBadField(api.post(sup.token(), members, Map.of("username", client.username(), "role", "producer")),
                "role");
        assertThat(api.post(sup.token(), members, Map.of("username", client.username(), "role", "client")).status())
                .isEqualTo(201);
        assertBadField(api.patch(sup.token(), members + "/" + client.username(), Map.of("role", "supervisor")),
                "role");
        assertThat(roles(api.get(sup.token(), members).json())).contains(client.username() + "=client");
    }

    @Test
    void badMembersAreRefused() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String members = "/api/v1/productions/" + id + "/members";
        assertBadField(api.post(sup.token(), members, Map.of("username", "nobody-" + Api.unique(), "role", "editor")),
                "username");
        assertBadField(api.post(sup.token(), members, Map.of("username", sup.username(), "role", "gaffer")), "role");
        assertBadField(api.post(sup.token(), members, Map.of("role", "editor")), "username");
        assertBadField(api.post(sup.token(), members, Map.of("username", "x".repeat(65), "role", "editor")),
                "username");
        assertProblem(api.patch(sup.token(), members + "/nobody-" + Api.unique(), Map.of("role", "editor")), 404);
        assertProblem(api.delete(sup.token(), members + "/nobody-" + Api.unique()), 404);
        assertProblem(api.get(sup.token(), "/api/v1/productions/4242/members"), 404);
        assertThat(api.get(sup.token(), members).json()).hasSize(1);
    }

    @Test
    void someoneWithOpenTasksStaysUntilTheyAreDone() {
        Account sup = facility.staff();
        Account editor = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        facility.member(sup, id, editor, "editor");
        JsonNode task = facility.task(sup, id, Map.of("assignees", List.of(editor.username())));
        String member = "/api/v1/productions/" + id + "/members/" + editor.username();

        assertThat(assertProblem(api.delete(sup.token(), member), 409)).contains("1 open task");
        assertThat(api.get(editor.token(), "/api/v1/productions/" + id).json().get("myRole").asString())
                .isEqualTo("editor");

        api.patch(sup.token(), "/api/v1/tasks/" + task.get("id").asLong(), Map.of("status", "done"));
        assertThat(api.delete(sup.token(), member).status()).isEqualTo(204);
        assertThat(api.get(editor.token(), "/api/v1/productions/" + id).json().get("myRole").isNull()).isTrue();
    }

    @Test
    void theLastSupervisorCannotLeaveOrStepDown() {
        Account sup = facility.staff();
        Account other = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String self = "/api/v1/productions/" + id + "/members/" + sup.username();

        assertProblem(api.delete(sup.token(), self), 409);
        assertProblem(api.patch(sup.token(), self, Map.of("role", "editor")), 409);
        assertThat(roles(api.get(sup.token(), "/api/v1/productions/" + id + "/members").json()))
                .containsExactly(sup.username() + "=supervisor");

        facility.member(sup, id, other, "supervisor");
        assertThat(api.delete(other.token(), self).status()).isEqualTo(204);
    }

    @Test
    void onlyManagersChangeTheTeam() {
        Account sup = facility.staff();
        Account editor = facility.staff();
        Account outsider = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        facility.member(sup, id, editor, "editor");
        String members = "/api/v1/productions/" + id + "/members";

        assertProblem(api.post(editor.token(), members, Map.of("username", outsider.username(), "role", "sound")), 403);
        assertProblem(api.post(outsider.token(), members, Map.of("username", outsider.username(), "role", "sound")),
                403);
        assertProblem(api.delete(editor.token(), members + "/" + sup.username()), 403);
        assertProblem(api.patch(editor.token(), members + "/" + editor.username(), Map.of("role", "producer")), 403);
        assertThat(api.get(outsider.token(), members).json()).hasSize(2);
    }

    private static List<String> roles(JsonNode members) {
        return members.valueStream().map(m -> m.get("username").asString() + "=" + m.get("role").asString()).toList();
    }
}

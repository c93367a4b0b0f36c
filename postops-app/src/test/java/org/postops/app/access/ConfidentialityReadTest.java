package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.OpenApi;
import org.postops.app.support.ServerTest;

/**
 * Walks every GET of the OpenAPI document as two people who must not know of a restricted production,
 * and proves that no name, codename, id or count of it leaks, and that asking for it by id is answered
 * exactly as asking for something that does not exist.
 */
class ConfidentialityReadTest extends ServerTest {

    /** How to fill each GET path: the calls to make. A path missing here fails the walk. */
    private static final Map<String, Function<SecretProduction, List<String>>> CALLS = new LinkedHashMap<>();

    static {
        String v1 = "/api/v1";
        CALLS.put(v1 + "/audit", s -> List.of(v1 + "/audit", v1 + "/audit?productionId=" + s.id));
        CALLS.put(v1 + "/audit/verify", s -> List.of(v1 + "/audit/verify"));
        CALLS.put(v1 + "/auth/tokens", s -> List.of(v1 + "/auth/tokens"));
        CALLS.put(v1 + "/days-off/{id}", s -> List.of(v1 + "/days-off/" + s.dayOff));
        CALLS.put(v1 + "/load", s -> List.of(v1 + "/load", v1 + "/load?people=" + s.owner.id() + "," + s.outsider.id(),
                v1 + "/load?people=" + s.owner.id() + "&from=2030-01-01&to=2030-12-31&size=100"));
        CALLS.put(v1 + "/me", s -> List.of(v1 + "/me"));
        CALLS.put(v1 + "/me/calendar-feed", s -> List.of(v1 + "/me/calendar-feed"));
        CALLS.put(v1 + "/me/notifications", s -> List.of(v1 + "/me/notifications",
                v1 + "/me/notifications?unread=true&size=500", v1 + "/me/notifications?page=0&size=1"));
        CALLS.put(v1 + "/me/time", s -> List.of(v1 + "/me/time", v1 + "/me/time?from="
                + java.time.LocalDate.now().minusDays(40) + "&to=" + java.time.LocalDate.now().plusDays(1)));
        CALLS.put(v1 + "/me/tasks", s -> List.of(v1 + "/me/tasks", v1 + "/me/tasks?includeDone=true&size=500"));
        CALLS.put(v1 + "/productions", s -> List.of(v1 + "/productions?size=500",
                v1 + "/productions?q=" + s.name.replace(' ', '+'), v1 + "/productions?q=" + s.codename,
                v1 + "/productions?q=heron", v1 + "/productions?q=" + s.tag));
        CALLS.put(v1 + "/productions/{id}", s -> List.of(v1 + "/productions/" + s.id));
        CALLS.put(v1 + "/productions/{id}/load", s -> List.of(v1 + "/productions/" + s.id + "/load",
                v1 + "/productions/" + s.visible + "/load", v1 + "/productions/" + s.theirs + "/load",
                v1 + "/productions/" + s.other + "/load?from=2030-01-01&to=2030-12-31"));
        CALLS.put(v1 + "/productions/{id}/members", s -> List.of(v1 + "/productions/" + s.id + "/members"));
        CALLS.put(v1 + "/productions/{id}/change-requests", s -> List.of(v1 + "/productions/" + s.id
                + "/change-requests", v1 + "/productions/" + s.visible + "/change-requests"));
        CALLS.put(v1 + "/change-requests/{id}", s -> List.of(v1 + "/change-requests/" + s.changeRequest));
        CALLS.put(v1 + "/change-requests/{id}/impact", s -> List.of(v1 + "/change-requests/" + s.changeRequest + "/impact",
                v1 + "/change-requests/" + s.visibleRequest + "/impact"));
        CALLS.put(v1 + "/productions/{id}/schedule", s -> List.of(v1 + "/productions/" + s.id + "/schedule"));
        CALLS.put(v1 + "/productions/{id}/stages", s -> List.of(v1 + "/productions/" + s.id + "/stages"));
        CALLS.put(v1 + "/productions/{id}/tasks", s -> List.of(v1 + "/productions/" + s.id + "/tasks",
                v1 + "/productions/" + s.id + "/tasks?stageId=" + s.stages.get(0),
                v1 + "/productions/" + s.visible + "/tasks?stageId=" + s.stages.get(0),
                v1 + "/productions/" + s.theirs + "/tasks?size=500"));
        CALLS.put(v1 + "/productions/{id}/time-summary",
                s -> List.of(v1 + "/productions/" + s.id + "/time-summary"));
        CALLS.put(v1 + "/productions/{id}/budget", s -> List.of(v1 + "/productions/" + s.id + "/budget"));
        CALLS.put(v1 + "/rates", s -> List.of(v1 + "/rates?size=500", v1 + "/rates?subjectType=role"));
        CALLS.put(v1 + "/rates/{id}", s -> List.of(v1 + "/rates/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/search", s -> List.of(v1 + "/search?q=" + s.name.replace(' ', '+'),
                v1 + "/search?q=" + s.codename, v1 + "/search?q=heron", v1 + "/search?q=bittern",
                v1 + "/search?q=egret", v1 + "/search?q=" + s.tag + "&size=500"));
        CALLS.put(v1 + "/tasks/{id}", s -> s.tasks.stream().map(t -> v1 + "/tasks/" + t).toList());
        CALLS.put(v1 + "/tasks/{id}/comments",
                s -> s.tasks.stream().map(t -> v1 + "/tasks/" + t + "/comments?size=500").toList());
        CALLS.put(v1 + "/tasks/{id}/time",
                s -> s.tasks.stream().map(t -> v1 + "/tasks/" + t + "/time?size=500").toList());
        CALLS.put(v1 + "/time/{id}", s -> s.timeEntries.stream().map(t -> v1 + "/time/" + t).toList());
        CALLS.put(v1 + "/users", s -> List.of(v1 + "/users?size=500", v1 + "/users?q=" + s.tag));
        CALLS.put(v1 + "/users/{id}", s -> List.of(v1 + "/users/" + s.owner.id()));
        CALLS.put(v1 + "/users/{id}/days-off", s -> List.of(v1 + "/users/" + s.owner.id() + "/days-off",
                v1 + "/users/" + s.outsider.id() + "/days-off"));
        CALLS.put(v1 + "/users/{id}/load", s -> List.of(v1 + "/users/" + s.owner.id() + "/load",
                v1 + "/users/" + s.owner.id() + "/load?from=2030-01-01&to=2030-12-31",
                v1 + "/users/" + s.outsider.id() + "/load", v1 + "/users/" + s.client.id() + "/load"));
    }

    @Test
    void noGetOfTheApiRevealsARestrictedProduction() {
        SecretProduction s = new SecretProduction(api, facility);
        List<String> unknown = new ArrayList<>();
        int calls = 0;
        for (OpenApi.Operation op : OpenApi.operations(api)) {
            if (!op.method().equals("GET")) {
                continue;
            }
            Function<SecretProduction, List<String>> fill = CALLS.get(op.path());
            if (fill == null) {
                unknown.add(op.path());
                continue;
            }
            for (String path : fill.apply(s)) {
                for (Account viewer : List.of(s.outsider, s.client)) {
                    assertLikeNothing(s, viewer, path);
                    calls++;
                }
            }
        }
        assertThat(unknown).as("GET paths this walk cannot fill yet: teach CALLS how, so nothing slips past")
                .isEmpty();
        assertThat(calls).isGreaterThan(40);
    }

    @Test
    void outsidersCountOnlyWhatTheyMaySee() {
        SecretProduction s = new SecretProduction(api, facility);
        assertThat(Totals.of(api, s.outsider, s.lists)).isEqualTo(s.outsiderTotalsBefore);
        assertThat(Totals.of(api, s.client, s.lists)).isEqualTo(s.clientTotalsBefore);
        assertThat(api.get(s.outsider.token(), "/api/v1/productions?q=" + s.tag).json().get("total").asLong())
                .isEqualTo(3);
        assertThat(api.get(facility.admin(), "/api/v1/productions?q=" + s.tag).json().get("total").asLong())
                .as("the secret is there to be found by those allowed").isEqualTo(4);
    }

    @Test
    void clientsSeeOnlyTheirOwnProductionsEvenStandardOnes() {
        SecretProduction s = new SecretProduction(api, facility);
        Api.Response list = api.get(s.client.token(), "/api/v1/productions?size=500");
        assertThat(list.json().get("items").valueStream().map(p -> p.get("id").asLong())).containsExactly(s.theirs);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(s.client.token(), "/api/v1/productions/" + s.other).status()).isEqualTo(404);
        assertThat(api.get(s.client.token(), "/api/v1/productions/" + s.visible + "/tasks").status()).isEqualTo(404);
        assertThat(api.get(s.client.token(), "/api/v1/productions/" + s.theirs).status()).isEqualTo(200);
    }

    /** The call answers as it would if the secret did not exist, and names nothing of it. */
    private void assertLikeNothing(SecretProduction s, Account viewer, String path) {
        Api.Response r = api.get(viewer.token(), path);
        assertThat(r.status()).as("GET %s as %s: %s", path, viewer.username(), r.body()).isLessThan(500);
        s.assertHidden("GET " + path, r);
        String twin = s.nowhere(path);
        if (!twin.equals(path)) {
            Api.Response nothing = api.get(viewer.token(), twin);
            assertThat(SecretProduction.shape(r)).as("GET %s as %s, compared with GET %s", path, viewer.username(),
                    twin).isEqualTo(SecretProduction.shape(nothing));
        }
    }
}

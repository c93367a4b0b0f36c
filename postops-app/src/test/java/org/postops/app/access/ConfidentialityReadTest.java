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
        CALLS.put(v1 + "/kit/{id}/impact", s -> List.of(v1 + "/kit/" + s.kit + "/impact",
                v1 + "/kit/" + s.kit + "/impact?days=20&from=" + SecretProduction.BOOKED_FROM, v1 + "/kit/" + SecretProduction.NOWHERE + "/impact"));
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
        CALLS.put(v1 + "/kit", s -> List.of(v1 + "/kit?size=500", v1 + "/kit?q=" + s.tag,
                v1 + "/kit?roomId=" + s.room + "&includeRetired=true"));
        CALLS.put(v1 + "/kit/{id}", s -> List.of(v1 + "/kit/" + s.kit));
        CALLS.put(v1 + "/kit/{id}/bookings", s -> List.of(v1 + "/kit/" + s.kit + "/bookings",
                v1 + "/kit/" + s.kit + "/bookings?from=" + SecretProduction.BOOKED_FROM));
        CALLS.put(v1 + "/kit/export", s -> List.of(v1 + "/kit/export", v1 + "/kit/export?q=" + s.tag));
        CALLS.put(v1 + "/rooms", s -> List.of(v1 + "/rooms?size=500", v1 + "/rooms?q=" + s.tag));
        CALLS.put(v1 + "/rooms/{id}", s -> List.of(v1 + "/rooms/" + s.room));
        CALLS.put(v1 + "/rooms/{id}/kit", s -> List.of(v1 + "/rooms/" + s.room + "/kit"));
        CALLS.put(v1 + "/rooms/{id}/bookings", s -> List.of(v1 + "/rooms/" + s.room + "/bookings"));
        CALLS.put(v1 + "/bookings/{id}", s -> List.of(v1 + "/bookings/" + s.kitBooking,
                v1 + "/bookings/" + s.roomBooking));
        CALLS.put(v1 + "/productions/{id}/bookings", s -> List.of(v1 + "/productions/" + s.id + "/bookings",
                v1 + "/productions/" + s.visible + "/bookings"));
        CALLS.put(v1 + "/rates", s -> List.of(v1 + "/rates?size=500", v1 + "/rates?subjectType=role"));
        CALLS.put(v1 + "/rates/{id}", s -> List.of(v1 + "/rates/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/search", s -> List.of(v1 + "/search?q=" + s.name.replace(' ', '+'),
                v1 + "/search?q=" + s.codename, v1 + "/search?q=heron", v1 + "/search?q=bittern",
                v1 + "/search?q=egret", v1 + "/search?q=" + s.tag + "&size=500"));
        CALLS.put(v1 + "/solutions/search", s -> List.of(v1 + "/solutions/search?q=" + s.name.replace(' ', '+'),
                v1 + "/solutions/search?q=" + s.codename, v1 + "/solutions/search?q=heron&limit=50",
                v1 + "/solutions/search?q=bittern+egret+" + s.tag, v1 + "/solutions/search?q=render&category=grading"));
        CALLS.put(v1 + "/solutions/similar", s -> List.of(v1 + "/solutions/similar?text=" + s.name.replace(' ', '+'),
                v1 + "/solutions/similar?text=heron+egret+" + s.tag + "&limit=50"));
        CALLS.put(v1 + "/solutions/effectiveness", s -> List.of(v1 + "/solutions/effectiveness"));
        CALLS.put(v1 + "/solutions/{id}", s -> List.of(v1 + "/solutions/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/articles", s -> List.of(v1 + "/articles?size=500"));
        CALLS.put(v1 + "/articles/{id}", s -> List.of(v1 + "/articles/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/tasks/{id}", s -> s.tasks.stream().map(t -> v1 + "/tasks/" + t).toList());
        CALLS.put(v1 + "/tasks/{id}/comments",
                s -> s.tasks.stream().map(t -> v1 + "/tasks/" + t + "/comments?size=500").toList());
        CALLS.put(v1 + "/tasks/{id}/time",
                s -> s.tasks.stream().map(t -> v1 + "/tasks/" + t + "/time?size=500").toList());
        CALLS.put(v1 + "/time/{id}", s -> s.timeEntries.stream().map(t -> v1 + "/time/" + t).toList());
        CALLS.put(v1 + "/tickets", s -> List.of(v1 + "/tickets?size=500", v1 + "/tickets?q=" + s.tag,
                v1 + "/tickets?q=kittiwake", v1 + "/tickets?q=razorbill", v1 + "/tickets?productionId=" + s.id,
                v1 + "/tickets?open=true&severity=p1&size=500", v1 + "/tickets?breached=true&size=500",
                v1 + "/tickets?status=new&size=500"));
        CALLS.put(v1 + "/tickets/{id}", s -> List.of(v1 + "/tickets/" + s.ticket));
        CALLS.put(v1 + "/tickets/{id}/options", s -> List.of(v1 + "/tickets/" + s.ticket + "/options"));
        CALLS.put(v1 + "/tickets/{id}/experts", s -> List.of(v1 + "/tickets/" + s.ticket + "/experts"));
        CALLS.put(v1 + "/tickets/{id}/what-changed", s -> List.of(v1 + "/tickets/" + s.ticket + "/what-changed"));
        CALLS.put(v1 + "/tickets/{id}/impact", s -> List.of(v1 + "/tickets/" + s.ticket + "/impact",
                v1 + "/tickets/" + s.ticket + "/impact?days=5"));
        CALLS.put(v1 + "/at-risk", s -> List.of(v1 + "/at-risk"));
        CALLS.put(v1 + "/kit/{id}/snapshots", s -> List.of(v1 + "/kit/" + SecretConfigurations.of(s).kit
                + "/snapshots?size=500"));
        CALLS.put(v1 + "/kit/{id}/snapshots/{snapshotId}", s -> List.of(v1 + "/kit/" + SecretConfigurations.of(s).kit
                + "/snapshots/" + SecretConfigurations.of(s).snapshot));
        CALLS.put(v1 + "/kit/{id}/snapshots/diff", s -> List.of(v1 + "/kit/" + SecretConfigurations.of(s).kit
                + "/snapshots/diff?from=" + SecretConfigurations.of(s).snapshot + "&to="
                + SecretConfigurations.of(s).snapshot));
        CALLS.put(v1 + "/kit/{id}/compliance", s -> List.of(v1 + "/kit/" + SecretConfigurations.of(s).kit
                + "/compliance"));
        CALLS.put(v1 + "/qualified-configurations", s -> List.of(v1 + "/qualified-configurations?size=500",
                v1 + "/qualified-configurations?withdrawn=true&size=500"));
        CALLS.put(v1 + "/qualified-configurations/{id}", s -> List.of(v1 + "/qualified-configurations/"
                + SecretConfigurations.of(s).configuration));
        CALLS.put(v1 + "/productions/{id}/qualified-configurations", s -> List.of(v1 + "/productions/" + s.id
                + "/qualified-configurations", v1 + "/productions/" + s.id + "/qualified-configurations?withdrawn=true"));
        CALLS.put(v1 + "/productions/{id}/brief", s -> List.of(v1 + "/productions/" + s.id + "/brief",
                v1 + "/productions/" + s.visible + "/brief"));
        CALLS.put(v1 + "/productions/{id}/brief/notes", s -> List.of(v1 + "/productions/" + s.id + "/brief/notes"));
        CALLS.put(v1 + "/productions/{id}/compliance", s -> List.of(v1 + "/productions/" + s.id + "/compliance",
                v1 + "/productions/" + s.visible + "/compliance"));
        CALLS.put(v1 + "/users", s -> List.of(v1 + "/users?size=500", v1 + "/users?q=" + s.tag));
        CALLS.put(v1 + "/skills", s -> List.of(v1 + "/skills", v1 + "/skills?includeRetired=true"));
        CALLS.put(v1 + "/skills/{id}", s -> List.of(v1 + "/skills/900014", v1 + "/skills/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/me/skills", s -> List.of(v1 + "/me/skills"));
        CALLS.put(v1 + "/users/{id}/skills", s -> List.of(v1 + "/users/" + s.owner.id() + "/skills",
                v1 + "/users/" + s.outsider.id() + "/skills"));
        CALLS.put(v1 + "/tasks/{id}/skills", s -> s.tasks.stream().map(t -> v1 + "/tasks/" + t + "/skills").toList());
        CALLS.put(v1 + "/experts", s -> List.of(v1 + "/experts", v1 + "/experts?includeInactive=true"));
        CALLS.put(v1 + "/experts/{id}", s -> List.of(v1 + "/experts/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/users/{id}", s -> List.of(v1 + "/users/" + s.owner.id()));
        CALLS.put(v1 + "/users/{id}/days-off", s -> List.of(v1 + "/users/" + s.owner.id() + "/days-off",
                v1 + "/users/" + s.outsider.id() + "/days-off"));
        CALLS.put(v1 + "/users/{id}/load", s -> List.of(v1 + "/users/" + s.owner.id() + "/load",
                v1 + "/users/" + s.owner.id() + "/load?from=2030-01-01&to=2030-12-31",
                v1 + "/users/" + s.outsider.id() + "/load", v1 + "/users/" + s.client.id() + "/load"));
        CALLS.put(v1 + "/jobs/{id}", s -> List.of(v1 + "/jobs/" + SecretMedia.of(s).jobRun,
                v1 + "/jobs/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/productions/{id}/jobs", s -> List.of(v1 + "/productions/" + s.id + "/jobs",
                v1 + "/productions/" + s.visible + "/jobs"));
        CALLS.put(v1 + "/volumes", s -> List.of(v1 + "/volumes", v1 + "/volumes?includeRetired=true"));
        CALLS.put(v1 + "/volumes/{id}", s -> List.of(v1 + "/volumes/" + SecretMedia.of(s).volume));
        CALLS.put(v1 + "/volumes/{id}/folders", s -> List.of(v1 + "/volumes/" + SecretMedia.of(s).volume + "/folders"));
        CALLS.put(v1 + "/productions/{id}/media-folders", s -> List.of(v1 + "/productions/" + s.id + "/media-folders",
                v1 + "/productions/" + s.visible + "/media-folders"));
        CALLS.put(v1 + "/productions/{id}/media-coverage", s -> List.of(v1 + "/productions/" + s.id
                + "/media-coverage", v1 + "/productions/" + s.visible + "/media-coverage"));
        CALLS.put(v1 + "/media-folders/{id}", s -> List.of(v1 + "/media-folders/" + SecretMedia.of(s).folder));
        CALLS.put(v1 + "/media-folders/{id}/runs", s -> List.of(v1 + "/media-folders/" + SecretMedia.of(s).folder
                + "/runs"));
        CALLS.put(v1 + "/media-folders/{id}/files", s -> List.of(v1 + "/media-folders/" + SecretMedia.of(s).folder
                + "/files?size=500"));
        CALLS.put(v1 + "/media-folders/{id}/jobs", s -> List.of(v1 + "/media-folders/" + SecretMedia.of(s).folder
                + "/jobs"));
        CALLS.put(v1 + "/productions/{id}/assets", s -> List.of(v1 + "/productions/" + s.id + "/assets",
                v1 + "/productions/" + s.visible + "/assets"));
        CALLS.put(v1 + "/productions/{id}/deliveries", s -> List.of(v1 + "/productions/" + s.id + "/deliveries",
                v1 + "/productions/" + s.visible + "/deliveries"));
        CALLS.put(v1 + "/assets/{id}", s -> List.of(v1 + "/assets/" + SecretDeliveries.of(s).asset,
                v1 + "/assets/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/assets/{id}/qc", s -> List.of(v1 + "/assets/" + SecretDeliveries.of(s).asset + "/qc"));
        CALLS.put(v1 + "/qc-runs/{id}", s -> List.of(v1 + "/qc-runs/" + SecretDeliveries.of(s).qcRun,
                v1 + "/qc-runs/" + SecretProduction.NOWHERE));
        CALLS.put(v1 + "/qc-runs/{id}/report.html", s -> List.of(v1 + "/qc-runs/" + SecretDeliveries.of(s).qcRun
                + "/report.html"));
        CALLS.put(v1 + "/delivery-profiles", s -> List.of(v1 + "/delivery-profiles"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void noGetOfTheApiRevealsARestrictedProduction() {
        SecretProduction s = new SecretProduction(api, facility);
        SecretConfigurations.add(s, api, jdbc);
        SecretMedia.add(s, api, jdbc);
        SecretDeliveries.add(s, jdbc);
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

    @Test
    void outsidersSeeTheSecretsBookingsOnlyAsBusyDates() {
        SecretProduction s = new SecretProduction(api, facility);
        for (String path : List.of("/api/v1/kit/" + s.kit + "/bookings", "/api/v1/rooms/" + s.room + "/bookings")) {
            Api.Response r = api.get(s.outsider.token(), path);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().size()).as(path).isEqualTo(1);
            assertThat(r.json().get(0).get("busy").asBoolean()).isTrue();
            assertThat(r.json().get(0).get("firstDay").asString()).isEqualTo(SecretProduction.BOOKED_FROM);
            assertThat(r.json().get(0).get("id").isNull()).isTrue();
            assertThat(api.get(s.owner.token(), path).json().get(0).get("id").asLong()).isPositive();
        }
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

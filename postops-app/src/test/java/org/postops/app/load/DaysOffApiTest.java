package org.postops.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Problems;
import org.postops.app.support.ServerTest;

/** Days off: the person or an administrator records them, others may see them, clients only their own. */
class DaysOffApiTest extends ServerTest {

    private static String daysOff(Account who) {
        return "/api/v1/users/" + who.id() + "/days-off";
    }

    @Test
    void aPersonRecordsListsAndRemovesTheirOwnDaysOff() {
        Account me = facility.staff();
        Api.Response created = api.post(me.token(), daysOff(me), Map.of("from", "2030-08-05", "to", "2030-08-16",
                "kind", "holiday", "note", "Cornwall"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/days-off/" + created.id());
        assertThat(created.json().get("userId").asLong()).isEqualTo(me.id());
        assertThat(created.json().get("from").asString()).isEqualTo("2030-08-05");
        assertThat(created.json().get("to").asString()).isEqualTo("2030-08-16");
        assertThat(created.json().get("kind").asString()).isEqualTo("holiday");
        Api.Response oneDay = api.post(me.token(), daysOff(me), Map.of("from", "2030-09-02"));
        assertThat(oneDay.json().get("to").asString()).as("one day by default").isEqualTo("2030-09-02");
        assertThat(oneDay.json().get("kind").asString()).isEqualTo("holiday");

        Api.Response list = api.get(me.token(), daysOff(me));
        assertThat(list.json().get("total").asLong()).isEqualTo(2);
        assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(created.id());
        assertThat(api.get(me.token(), daysOff(me) + "?from=2030-08-17").json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(me.token(), daysOff(me) + "?to=2030-08-05").json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(me.token(), "/api/v1/days-off/" + created.id()).json().get("note").asString())
                .isEqualTo("Cornwall");

        assertThat(api.delete(me.token(), "/api/v1/days-off/" + created.id()).status()).isEqualTo(204);
        Problems.assertProblem(api.get(me.token(), "/api/v1/days-off/" + created.id()), 404);
        Problems.assertProblem(api.delete(me.token(), "/api/v1/days-off/" + created.id()), 404);
        assertThat(api.get(me.token(), daysOff(me)).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(facility.admin(), "/api/v1/audit?objectType=day-off&actor=" + me.username()).json()
                .get("total").asLong()).isEqualTo(3);
    }

    @Test
    void badDaysOffAreRefusedAndNothingIsSaved() {
        Account me = facility.staff();
        Problems.assertBadField(api.post(me.token(), daysOff(me), Map.of("to", "2030-08-05")), "from");
        assertThat(Problems.assertBadField(api.post(me.token(), daysOff(me), Map.of("from", "2030-08-05",
                "to", "2030-08-01")), "to")).contains("before");
        assertThat(Problems.assertBadField(api.post(me.token(), daysOff(me), Map.of("from", "2030-01-01",
                "to", "2031-01-02")), "to")).contains("366");
        Problems.assertBadField(api.post(me.token(), daysOff(me), Map.of("from", "2030-08-05", "kind", "sabbatical")),
                "kind");
        Problems.assertBadField(api.post(me.token(), daysOff(me), Map.of("from", "2030-08-05", "note", "x".repeat(201))),
                "note");
        Problems.assertBadField(api.post(me.token(), daysOff(me), Map.of("from", "5 August")), "from");
        assertThat(api.get(me.token(), daysOff(me)).json().get("total").asLong()).isZero();

        assertThat(api.post(me.token(), daysOff(me), Map.of("from", "2030-08-05", "to", "2030-08-09")).status())
                .isEqualTo(201);
        assertThat(Problems.assertProblem(api.post(me.token(), daysOff(me), Map.of("from", "2030-08-09",
                "to", "2030-08-12", "kind", "training")), 409)).contains("2030-08-05").contains("2030-08-09");
        assertThat(api.get(me.token(), daysOff(me)).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void onlyThePersonOrAnAdministratorChangesThemAndClientsSeeOnlyTheirOwn() {
        Account me = facility.staff();
        Account colleague = facility.staff();
        Account client = facility.client();
        long mine = api.post(me.token(), daysOff(me), Map.of("from", "2030-08-05")).id();

        assertThat(Problems.assertProblem(api.post(colleague.token(), daysOff(me), Map.of("from", "2030-08-12")), 403))
                .contains("themselves or an administrator");
        Problems.assertProblem(api.delete(colleague.token(), "/api/v1/days-off/" + mine), 403);
        assertThat(api.get(colleague.token(), daysOff(me)).json().get("total").asLong()).as("but may see them")
                .isEqualTo(1);

        Problems.assertProblem(api.get(client.token(), daysOff(me)), 404);
        Problems.assertProblem(api.get(client.token(), "/api/v1/days-off/" + mine), 404);
        Problems.assertProblem(api.post(client.token(), daysOff(me), Map.of("from", "2030-08-12")), 404);
        Problems.assertProblem(api.delete(client.token(), "/api/v1/days-off/" + mine), 404);
        assertThat(api.post(client.token(), daysOff(client), Map.of("from", "2030-08-12")).status()).isEqualTo(201);

        Api.Response byAdmin = api.post(facility.admin(), daysOff(me), Map.of("from", "2030-12-23", "to",
                "2030-12-31", "kind", "other"));
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(api.delete(facility.admin(), "/api/v1/days-off/" + mine).status()).isEqualTo(204);
        assertThat(api.get(me.token(), daysOff(me)).json().get("items").valueStream()
                .map(d -> d.get("kind").asString())).containsExactly("other");
        Problems.assertProblem(api.post(me.token(), "/api/v1/users/4242/days-off", Map.of("from", "2030-08-12")), 404);
    }
}

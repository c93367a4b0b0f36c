package org.postops.app.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.RateWindows;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class RateApiTest extends ServerTest {

    private static Map<String, Object> rate(String type, String subject, String unit, long amount, String currency,
            LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectType", type);
        body.put("subject", subject);
        body.put("unit", unit);
        body.put("amountMinor", amount);
        body.put("currency", currency);
        body.put("effectiveFrom", from.toString());
        body.put("effectiveTo", to == null ? null : to.toString());
        return body;
    }

    @Test
    void administratorsKeepTheRateCardStaffReadItClientsSeeNone() {
        LocalDate w = RateWindows.next();
        Api.Response created = api.post(facility.admin(), "/api/v1/rates",
                rate("role", "Colourist", "day", 60000, "GBP", w, w.plusDays(6)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/rates/" + created.id());
        JsonNode r = created.json();
        assertThat(r.get("subjectType").asString()).isEqualTo("role");
        assertThat(r.get("subject").asString()).isEqualTo("colourist");
        assertThat(r.get("subjectLabel").asString()).isEqualTo("Colourist");
        assertThat(r.get("unit").asString()).isEqualTo("day");
        assertThat(r.get("amountMinor").asLong()).isEqualTo(60000);
        assertThat(r.get("effectiveTo").asString()).isEqualTo(w.plusDays(6).toString());

        Account staff = facility.staff();
        JsonNode list = api.get(staff.token(), "/api/v1/rates?subjectType=role&subject=colourist&currency=gbp&on="
                + w.plusDays(3)).json();
        assertThat(list.get("items").valueStream().map(i -> i.get("id").asLong())).contains(created.id());
        assertThat(api.get(staff.token(), "/api/v1/rates?subjectType=role&subject=colourist&on=" + w.plusDays(7))
                .json().get("items").valueStream().map(i -> i.get("id").asLong())).doesNotContain(created.id());
        assertThat(api.get(staff.token(), "/api/v1/rates/" + created.id()).json().get("amountMinor").asLong())
                .isEqualTo(60000);

        assertThat(assertProblem(api.post(staff.token(), "/api/v1/rates",
                rate("room", "edit-" + Api.unique(), "day", 1, "GBP", w, null)), 403)).contains("administrators");
        assertProblem(api.patch(staff.token(), "/api/v1/rates/" + created.id(), Map.of("amountMinor", 1)), 403);
        assertProblem(api.delete(staff.token(), "/api/v1/rates/" + created.id()), 403);
        Account client = facility.client();
        assertProblem(api.get(client.token(), "/api/v1/rates"), 403);
        assertProblem(api.get(client.token(), "/api/v1/rates/" + created.id()), 403);
        assertProblem(api.get(staff.token(), "/api/v1/rates/4242"), 404);
    }

    @Test
    void ratesForTheSameSubjectAndCurrencyNeverOverlapAndTheClashIsNamed() {
        LocalDate w = RateWindows.next();
        String rates = "/api/v1/rates";
        long first = api.post(facility.admin(), rates, rate("role", "editor", "hour", 6000, "GBP", w, w.plusDays(4)))
                .id();

        String clash = assertProblem(api.post(facility.admin(), rates,
                rate("role", "editor", "hour", 7000, "GBP", w.plusDays(4), w.plusDays(9))), 409);
        assertThat(clash).contains("Editor").contains("£60.00 per hour").contains("rate " + first)
                .contains(w.toString());
        assertProblem(api.post(facility.admin(), rates,
                rate("role", "editor", "hour", 7000, "GBP", w.minusDays(3), null)), 409);

        // the day after it ends, or the same days in another currency, or another role: no clash
        assertThat(api.post(facility.admin(), rates,
                rate("role", "editor", "hour", 7000, "GBP", w.plusDays(5), w.plusDays(9))).status()).isEqualTo(201);
        assertThat(api.post(facility.admin(), rates,
                rate("role", "editor", "hour", 8000, "EUR", w, w.plusDays(9))).status()).isEqualTo(201);
        assertThat(api.post(facility.admin(), rates,
                rate("role", "assistant_editor", "hour", 3000, "GBP", w, w.plusDays(9))).status()).isEqualTo(201);

        // a change that would overlap is refused too, and changes nothing
        assertProblem(api.patch(facility.admin(), rates + "/" + first, Map.of("effectiveTo", w.plusDays(6).toString())),
                409);
        assertThat(api.get(facility.admin(), rates + "/" + first).json().get("version").asInt()).isZero();
    }

    @Test
    void badRatesAreRefusedFieldByField() {
        LocalDate w = RateWindows.next();
        String rates = "/api/v1/rates";
        String admin = facility.admin();
        String room = "theatre-" + Api.unique();
        assertBadField(api.post(admin, rates, rate("role", "grip", "hour", 1, "GBP", w, null)), "subject");
        assertBadField(api.post(admin, rates, rate("room", "Grading Theatre", "day", 1, "GBP", w, null)), "subject");
        assertBadField(api.post(admin, rates, rate("crew", room, "day", 1, "GBP", w, null)), "subjectType");
        assertBadField(api.post(admin, rates, rate("room", room, "week", 1, "GBP", w, null)), "unit");
        assertBadField(api.post(admin, rates, rate("room", room, "day", -1, "GBP", w, null)), "amountMinor");
        assertBadField(api.post(admin, rates, rate("room", room, "day", 1, "pounds", w, null)), "currency");
        assertThat(assertBadField(api.post(admin, rates, rate("room", room, "day", 1, "XYZ", w, null)), "currency"))
                .contains("ISO 4217");
        assertBadField(api.post(admin, rates, rate("room", room, "day", 1, "GBP", w, w.minusDays(1))), "effectiveTo");
        Map<String, Object> noStart = rate("room", room, "day", 1, "GBP", w, null);
        noStart.remove("effectiveFrom");
        assertBadField(api.post(admin, rates, noStart), "effectiveFrom");
        assertThat(api.get(admin, rates + "?subjectType=room&subject=" + room).json().get("total").asLong()).isZero();
    }

    @Test
    void changesAndDeletionsAreAudited() {
        LocalDate w = RateWindows.next();
        String room = "grading-theatre-" + Api.unique();
        Api.Response created = api.post(facility.admin(), "/api/v1/rates",
                rate("room", room, "day", 95000, "GBP", w, null));
        assertThat(created.json().get("subjectLabel").asString()).startsWith("Grading theatre").endsWith("(room)");
        String path = "/api/v1/rates/" + created.id();
        Api.Response changed = api.patch(facility.admin(), path, Map.of("amountMinor", 99000),
                Map.of("If-Match", "\"0\""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("amountMinor").asLong()).isEqualTo(99000);
        assertProblem(api.patch(facility.admin(), path, Map.of("amountMinor", 1), Map.of("If-Match", "\"0\"")), 412);
        assertThat(api.delete(facility.admin(), path).status()).isEqualTo(204);
        assertProblem(api.get(facility.admin(), path), 404);

        List<String> actions = api.get(facility.admin(), "/api/v1/audit?objectType=rate&size=100").json().get("items")
                .valueStream().filter(e -> e.get("objectId").asString().equals(Long.toString(created.id())))
                .map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("rate.deleted", "rate.updated", "rate.created");
    }
}

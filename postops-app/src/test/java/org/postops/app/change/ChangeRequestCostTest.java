package org.postops.app.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.RateWindows;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/**
 * A change request's cost, worked out by hand and kept per currency. Rates in a fortnight of the test's own:
 * editor £60.00 an hour, VFX artist $90.00 an hour. The change adds a 4-hour recut for the editor in the edit
 * stage (+£240.00) and lengthens a 5-hour VFX shot to 8 hours (+$270.00): two deltas, never one sum.
 */
class ChangeRequestCostTest extends ServerTest {

    @Test
    void theCostOfAChangeIsShownPerCurrencyAndStageAndNeverToClients() {
        LocalDate w = RateWindows.next();
        rate("editor", 6000, "GBP", w);
        rate("vfx_artist", 9000, "USD", w);
        Account sup = facility.staff();
        Account editor = facility.staff();
        Account vfx = facility.staff();
        Account client = facility.client();
        JsonNode p = facility.production(sup, Map.of("currency", "GBP", "brief", Map.of("budgetCapMinor", 100000)));
        long production = p.get("id").asLong();
        long edit = p.get("stages").get(0).get("id").asLong();
        long effects = p.get("stages").get(2).get("id").asLong();
        facility.member(sup, production, editor, "editor");
        facility.member(sup, production, vfx, "vfx_artist");
        facility.member(sup, production, client, "client");
        String due = w.plusDays(5).toString();
        facility.task(sup, production, Map.of("title", "Assembly", "stageId", edit, "estimateHours", 10,
                "dueDate", due, "assignees", List.of(editor.username())));
        long shot = facility.task(sup, production, Map.of("title", "Shot 12", "stageId", effects, "estimateHours", 5,
                "dueDate", due, "assignees", List.of(vfx.username()))).get("id").asLong();

        long request = api.post(sup.token(), "/api/v1/productions/" + production + "/change-requests",
                Map.of("title", "Recut and a longer shot")).id();
        String changes = "/api/v1/change-requests/" + request + "/changes";
        assertThat(api.post(sup.token(), changes, Map.of("kind", "new_task", "task", Map.of("title", "Recut",
                "stageId", edit, "estimateHours", 4, "dueDate", due, "assignees", List.of(editor.username()))))
                .status()).isEqualTo(201);
        assertThat(api.post(sup.token(), changes, Map.of("kind", "change_task", "taskId", shot, "patch",
                Map.of("estimateHours", 8))).status()).isEqualTo(201);

        JsonNode cost = api.get(sup.token(), "/api/v1/change-requests/" + request + "/impact").json().get("cost");
        assertThat(cost.get("currency").asString()).isEqualTo("GBP");
        assertThat(cost.get("totals").get("GBP").get("forecastBeforeMinor").asLong()).isEqualTo(60000);
        assertThat(cost.get("totals").get("GBP").get("forecastAfterMinor").asLong()).isEqualTo(84000);
        assertThat(cost.get("totals").get("GBP").get("deltaMinor").asLong()).isEqualTo(24000);
        assertThat(cost.get("totals").get("USD").get("deltaMinor").asLong()).isEqualTo(27000);
        assertThat(cost.get("stages").valueStream().map(s -> s.get("stageId").asLong() + " "
                + s.get("amounts").properties().stream().filter(e -> e.getValue().get("deltaMinor").asLong() != 0)
                        .map(e -> e.getKey() + e.getValue().get("deltaMinor").asLong()).toList()))
                .containsExactlyInAnyOrder(edit + " [GBP24000]", effects + " [USD27000]");
        assertThat(cost.get("overCapBefore").asBoolean()).isFalse();
        assertThat(cost.get("overCapAfter").asBoolean()).isFalse();

        Api.Response asClient = api.get(client.token(), "/api/v1/change-requests/" + request + "/impact");
        assertThat(asClient.status()).isEqualTo(200);
        assertThat(asClient.json().get("cost").isNull()).as("clients never see the facility's rates").isTrue();
        assertThat(asClient.body()).doesNotContain("forecast", "24000", "27000");
    }

    private void rate(String role, long amount, String currency, LocalDate w) {
        Api.Response r = api.post(facility.admin(), "/api/v1/rates", Map.of("subjectType", "role", "subject", role,
                "unit", "hour", "amountMinor", amount, "currency", currency, "effectiveFrom", w.toString(),
                "effectiveTo", w.plusDays(13).toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}

package org.postops.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/**
 * A person's work on restricted productions, seen by someone who may not see them: the hours count, under
 * one anonymous "busy" a day, and nothing of the productions (names, codenames, ids, task titles, how many)
 * shows anywhere in the answer. Monday 4 March 2030, as in {@link LoadApiTest}:
 *
 * <pre>
 * Kestrel (restricted)   5.5 h  R            Mon 09:00 – 15:30
 * Merlin  (restricted)     1 h  R            Mon 09:00 – 10:00
 * Open    (standard)       2 h  R            Mon 09:00 – 11:00
 * R on Monday: Open 2 h, busy 6 h 30 min: 8 h 30 min, over by 30 min.
 * </pre>
 */
class LoadConfidentialityTest extends ServerTest {

    private record Setup(Account boss, Account r, Account outsider, long open, List<String> secrets) {
    }

    private Setup setup() {
        String u = Api.unique();
        Account boss = facility.staff();
        Account r = facility.staff();
        Account outsider = facility.staff();
        List<String> secrets = new ArrayList<>();
        for (String[] s : List.of(new String[] {"Kestrel", "330"}, new String[] {"Merlin", "60"})) {
            JsonNode p = facility.production(boss, Map.of("name", s[0] + " Hill " + u, "codename", s[0].toUpperCase()
                    + u, "confidentiality", "restricted", "startDate", LoadApiTest.MONDAY));
            long id = p.get("id").asLong();
            facility.member(boss, id, r, "editor");
            long task = facility.task(boss, id, Map.of("title", s[0] + " plate " + u, "estimateHours",
                    Integer.parseInt(s[1]) / 60.0, "assignees", List.of(r.username()))).get("id").asLong();
            secrets.addAll(List.of(s[0], Long.toString(id), Long.toString(task)));
            p.get("stages").forEach(stage -> secrets.add(Long.toString(stage.get("id").asLong())));
        }
        long open = facility.production(boss, Map.of("name", "Open Field " + u, "startDate", LoadApiTest.MONDAY))
                .get("id").asLong();
        facility.member(boss, open, r, "editor");
        facility.member(boss, open, outsider, "editor");
        facility.task(boss, open, Map.of("title", "Open task " + u, "estimateHours", 2, "assignees",
                List.of(r.username())));
        return new Setup(boss, r, outsider, open, secrets);
    }

    private String assertNothingOfTheSecrets(Setup s, Api.Response r, String what) {
        assertThat(r.status()).as("%s: %s", what, r.body()).isEqualTo(200);
        for (String secret : s.secrets()) {
            assertThat(r.body()).as("%s names %s", what, secret).doesNotContain(secret);
        }
        assertThat(r.body()).as(what).doesNotContainIgnoringCase("kestrel").doesNotContainIgnoringCase("merlin");
        return r.body();
    }

    private static JsonNode monday(JsonNode report, Account who) {
        JsonNode person = report.get("items").valueStream().filter(i -> i.get("userId").asLong() == who.id())
                .findFirst().orElseThrow();
        return person.get("days").get(0);
    }

    @Test
    void anOutsiderSeesRestrictedWorkOnlyAsOneBusyEntryWithTheRightHours() {
        Setup s = setup();
        String week = "from=2030-03-04&to=2030-03-10";
        for (String path : List.of("/api/v1/users/" + s.r().id() + "/load?" + week,
                "/api/v1/load?people=" + s.r().id() + "&" + week, "/api/v1/productions/" + s.open() + "/load",
                "/api/v1/load?" + week)) {
            Api.Response r = api.get(s.outsider().token(), path);
            assertNothingOfTheSecrets(s, r, path);
            JsonNode monday = monday(r.json(), s.r());
            assertThat(monday.get("date").asString()).isEqualTo("2030-03-04");
            assertThat(monday.get("load").asString()).isEqualTo("8 h 30 min");
            assertThat(monday.get("over").asString()).isEqualTo("30 min");
            JsonNode entries = monday.get("productions");
            assertThat(entries).as(path).hasSize(2);
            assertThat(entries.get(0).get("production").get("id").asLong()).isEqualTo(s.open());
            assertThat(entries.get(0).get("time").asString()).isEqualTo("2 h");
            JsonNode busy = entries.get(1);
            assertThat(busy.get("production").isNull()).isTrue();
            assertThat(busy.get("label").asString()).isEqualTo("busy");
            assertThat(busy.get("hours").asDouble()).isEqualTo(6.5);
            assertThat(busy.get("time").asString()).isEqualTo("6 h 30 min");
            assertThat(busy.propertyNames()).containsExactlyInAnyOrder("production", "label", "hours", "time");
        }
    }

    @Test
    void thoseOnTheRestrictedProductionsSeeThemByName() {
        Setup s = setup();
        for (Account insider : List.of(s.r(), s.boss())) {
            Api.Response r = api.get(insider.token(), "/api/v1/users/" + s.r().id() + "/load?from=2030-03-04&to=2030-03-04");
            assertThat(monday(r.json(), s.r()).get("productions").valueStream().map(e -> e.get("label").asString()))
                    .as(insider.username()).hasSize(3).noneMatch("busy"::equals)
                    .anyMatch(l -> l.startsWith("Kestrel Hill")).anyMatch(l -> l.startsWith("Merlin Hill"));
        }
        Api.Response admin = api.get(facility.admin(), "/api/v1/users/" + s.r().id() + "/load?from=2030-03-04&to=2030-03-04");
        assertThat(admin.body()).contains("Kestrel Hill").doesNotContain("\"busy\"");
    }
}

package org.postops.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Qualified configurations, compliance of booked kit, and the warning when a snapshot brings drift. */
class QualifiedConfigurationApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    private static final List<Map<String, Object>> GRADING_RULES = List.of(
            Map.of("key", "apps.davinci-resolve-studio.version", "range", "19.1.x"),
            Map.of("key", "gpu[*].driver", "range", "550–560"),
            Map.of("key", "os.version", "range", "9"),
            Map.of("key", "apps.nuke.version", "range", ">=15 <16", "required", false));

    private record Setup(Account supervisor, Account tech, long production, long kit, long roomKit) {
    }

    private Setup setup() {
        Account supervisor = facility.staff();
        Account tech = facility.person("support");
        long production = facility.production(supervisor).get("id").asLong();
        facility.member(supervisor, production, tech, "tech_support");
        KitRows rows = new KitRows(jdbc);
        long kit = rows.kit("Grade 1 " + Api.unique(), "WORKSTATION", null);
        long room = rows.room("Theatre", "GRADING_THEATRE");
        long roomKit = rows.kit("Theatre monitor " + Api.unique(), "REFERENCE_MONITOR", room);
        LocalDate today = LocalDate.now();
        rows.book(kit, null, production, null, null, today, today.plusDays(10), supervisor.id());
        rows.book(null, room, production, null, null, today.plusDays(20), today.plusDays(25), supervisor.id());
        return new Setup(supervisor, tech, production, kit, roomKit);
    }

    private long declare(Account who, long production, String name, List<Map<String, Object>> rules, List<String> kinds) {
        Api.Response r = api.post(who.token(), "/api/v1/productions/" + production + "/qualified-configurations",
                Map.of("name", name, "rules", rules, "kitKinds", kinds));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private long snapshot(Account who, long kit, String resolve, String driver) {
        Api.Response r = api.post(who.token(), "/api/v1/kit/" + kit + "/snapshots",
                Snapshots.grading(null, resolve, driver));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private List<String> drifts(Account who) {
        return api.get(who.token(), "/api/v1/me/notifications?size=500").json().get("items").valueStream()
                .filter(n -> n.get("kind").asString().equals("config-drift")).map(n -> n.get("title").asString() + " "
                        + n.get("link").asString()).toList();
    }

    @Test
    void bookedKitIsCheckedAgainstTheProductionsAndTheFacilitysConfigurations() {
        Setup s = setup();
        long grading = declare(s.supervisor(), s.production(), "Grading " + Api.unique(), GRADING_RULES,
                List.of("workstation"));
        JsonNode before = api.get(s.supervisor().token(), "/api/v1/productions/" + s.production() + "/compliance")
                .json();
        assertThat(before.valueStream().map(k -> k.get("kitId").asLong() + " " + k.get("status").asString()))
                .containsExactlyInAnyOrder(s.kit() + " no_snapshot", s.roomKit() + " no_snapshot");

        snapshot(s.tech(), s.kit(), "19.1.3", "550.54.14");
        snapshot(s.tech(), s.roomKit(), "18.0", "1.0");
        JsonNode now = api.get(s.tech().token(), "/api/v1/productions/" + s.production() + "/compliance").json();
        JsonNode kit = now.valueStream().filter(k -> k.get("kitId").asLong() == s.kit()).findFirst().orElseThrow();
        assertThat(kit.get("status").asString()).isEqualTo("compliant");
        assertThat(kit.get("checks").get(0).get("configurationId").asLong()).isEqualTo(grading);
        JsonNode monitor = now.valueStream().filter(k -> k.get("kitId").asLong() == s.roomKit()).findFirst()
                .orElseThrow();
        assertThat(monitor.get("status").asString()).as("the configuration is for workstations only")
                .isEqualTo("compliant");
        assertThat(monitor.get("checks")).isEmpty();

        snapshot(s.tech(), s.kit(), "19.2.0", "565.57.01");
        JsonNode drifted = api.get(s.supervisor().token(), "/api/v1/kit/" + s.kit() + "/compliance").json();
        assertThat(drifted.get("status").asString()).isEqualTo("drifted");
        JsonNode production = drifted.get("productions").get(0);
        assertThat(production.get("productionId").asLong()).isEqualTo(s.production());
        assertThat(production.get("checks").get(0).get("failures").toString()).isEqualTo(
                "[{\"key\":\"apps.davinci-resolve-studio.version\",\"expected\":\"19.1.x\",\"actual\":\"19.2.0\"},"
                        + "{\"key\":\"gpu[0].driver\",\"expected\":\"550–560\",\"actual\":\"565.57.01\"}]");

        // the facility's own configuration applies to every kit, wherever booked
        Account engineer = facility.person("support");
        Api.Response facilityWide = api.post(engineer.token(), "/api/v1/qualified-configurations", Map.of(
                "name", "Facility baseline " + Api.unique(), "rules", List.of(Map.of("key", "mounts./mnt/projects",
                        "matches", "san01:.*"))));
        assertThat(facilityWide.status()).as(facilityWide.body()).isEqualTo(201);
        assertThat(api.get(engineer.token(), "/api/v1/kit/" + s.kit() + "/compliance").json().get("facility")
                .valueStream().filter(c -> c.get("configurationId").asLong() == facilityWide.id())
                .map(c -> c.get("compliant").asBoolean())).containsExactly(true);
        Api.Response gone = api.delete(engineer.token(), "/api/v1/qualified-configurations/" + facilityWide.id());
        assertThat(gone.status()).as(gone.body())
                .isEqualTo(204);
        assertThat(api.get(engineer.token(), "/api/v1/qualified-configurations/" + facilityWide.id()).json()
                .get("retiredAt").isNull()).as("withdrawn, kept").isFalse();
    }

    @Test
    void aSnapshotThatBringsDriftWarnsTheProductionsTechSupportOnce() {
        Setup s = setup();
        declare(s.supervisor(), s.production(), "Grading " + Api.unique(), GRADING_RULES, List.of());
        Account submitter = facility.staff(); // any staff's CLI token may submit
        snapshot(submitter, s.kit(), "19.1.3", "550.54.14");
        assertThat(drifts(s.tech())).isEmpty();

        snapshot(submitter, s.kit(), "19.1.3", "565.57.01");
        assertThat(drifts(s.tech())).singleElement().asString().contains("gpu[0].driver is 565.57.01, expected 550–560")
                .endsWith("/kit/" + s.kit() + "/configuration");
        assertThat(drifts(s.supervisor())).as("tech support are told, not the whole team").isEmpty();
        JsonNode audit = api.get(facility.admin(), "/api/v1/audit?productionId=" + s.production()).json();
        assertThat(audit.toString()).contains("kit.config-drift");

        snapshot(submitter, s.kit(), "19.2.0", "565.57.01");
        assertThat(drifts(s.tech())).as("still drifting: told once, when it started").hasSize(1);

        snapshot(submitter, s.kit(), "19.1.3", "550.54.14");
        snapshot(submitter, s.kit(), "19.1.3", "570.1");
        assertThat(drifts(s.tech())).as("compliant again, then drifting again").hasSize(2);

        // kit in a room booked later also belongs to the production: its first snapshot may drift
        long grade2 = declare(s.supervisor(), s.production(), "Monitors " + Api.unique(), List.of(
                Map.of("key", "values.calibration", "equals", "done")), List.of("reference_monitor"));
        assertThat(grade2).isPositive();
        snapshot(submitter, s.roomKit(), "19.1.3", "550.54.14");
        assertThat(drifts(s.tech())).hasSize(3).anyMatch(t -> t.contains("values.calibration is missing"));
    }

    @Test
    void whoMayDeclareAndWhatIsRefused() {
        Setup s = setup();
        String path = "/api/v1/productions/" + s.production() + "/qualified-configurations";
        Map<String, Object> ok = Map.of("name", "Edit " + Api.unique(), "rules", GRADING_RULES);
        Account editor = facility.staff();
        facility.member(s.supervisor(), s.production(), editor, "editor");
        assertProblem(api.post(editor.token(), path, ok), 403);
        assertProblem(api.post(facility.staff().token(), "/api/v1/qualified-configurations", ok), 403);
        assertProblem(api.post(facility.client().token(), "/api/v1/qualified-configurations", ok), 404);
        Account client = facility.client();
        facility.member(s.supervisor(), s.production(), client, "client");
        assertProblem(api.get(client.token(), path), 404);
        assertProblem(api.get(client.token(), "/api/v1/productions/" + s.production() + "/compliance"), 404);

        assertThat(assertBadField(api.post(s.tech().token(), path, Map.of("name", "Bad", "rules", List.of(
                Map.of("key", "gpu[0].driver", "range", "560–550")))), "rules[0].range"))
                .contains("the lower bound 560 is above the upper bound 550");
        assertBadField(api.post(s.tech().token(), path, Map.of("name", "Bad", "rules", List.of(
                Map.of("key", "os.version", "range", "9", "equals", "9")))), "rules[0]");
        assertBadField(api.post(s.tech().token(), path, Map.of("name", "Bad", "rules", List.of(
                Map.of("key", "os.version", "matches", "(")))), "rules[0].matches");
        assertBadField(api.post(s.tech().token(), path, Map.of("name", " ", "rules", List.of())), "name");
        assertBadField(api.post(s.tech().token(), path, Map.of("name", "Bad", "rules", GRADING_RULES,
                "kitKinds", List.of("toaster"))), "kitKinds[0]");
        assertThat(assertBadField(api.post(s.tech().token(), path, Map.of("name", "Bad", "rules", GRADING_RULES,
                "skillIds", List.of(900006, 4242))), "skillIds[1]")).contains("no skill 4242");
        assertThat(api.get(s.tech().token(), path).json().get("total").asLong()).isZero();
        Api.Response needsColourist = api.post(s.tech().token(), path, Map.of("name", "Colour " + Api.unique(),
                "rules", GRADING_RULES, "skillIds", List.of(900006)));
        assertThat(needsColourist.status()).as(needsColourist.body()).isEqualTo(201);
        assertThat(needsColourist.json().get("skillIds").get(0).asLong()).isEqualTo(900006);
        assertThat(api.delete(s.tech().token(), "/api/v1/qualified-configurations/" + needsColourist.id()).status())
                .isLessThan(300);

        long id = declare(s.tech(), s.production(), "Grading", GRADING_RULES, List.of());
        Api.Response read = api.get(s.supervisor().token(), "/api/v1/qualified-configurations/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        Api.Response renamed = api.patch(s.supervisor().token(), "/api/v1/qualified-configurations/" + id,
                Map.of("name", "Grading v2"), Map.of("If-Match", "\"1\""));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("rules").get(3).get("required").asBoolean()).isFalse();
        assertProblem(api.patch(s.tech().token(), "/api/v1/qualified-configurations/" + id,
                Map.of("name", "Grading v3"), Map.of("If-Match", "\"1\"")), 412);
        assertProblem(api.patch(editor.token(), "/api/v1/qualified-configurations/" + id,
                Map.of("name", "Mine")), 403);
        assertThat(api.get(s.tech().token(), path).json().get("items").get(0).get("name").asString())
                .isEqualTo("Grading v2");
    }

    @Test
    void aKitsComplianceShowsOnlyTheProductionsTheViewerMaySee() {
        Account owner = facility.staff();
        long secret = facility.production(owner, Map.of("confidentiality", "restricted")).get("id").asLong();
        long kit = new KitRows(jdbc).kit("Grade 9 " + Api.unique(), "WORKSTATION", null);
        new KitRows(jdbc).book(kit, null, secret, null, null, LocalDate.now(), LocalDate.now().plusDays(3), owner.id());
        declare(owner, secret, "Secret grading", GRADING_RULES, List.of());
        snapshot(owner, kit, "19.2.0", "550.54.14");
        JsonNode mine = api.get(owner.token(), "/api/v1/kit/" + kit + "/compliance").json();
        assertThat(mine.get("status").asString()).isEqualTo("drifted");
        assertThat(mine.get("productions").get(0).get("productionId").asLong()).isEqualTo(secret);
        JsonNode theirs = api.get(facility.staff().token(), "/api/v1/kit/" + kit + "/compliance").json();
        assertThat(theirs.get("productions")).isEmpty();
        assertThat(theirs.get("status").asString()).as("judged on what they may see").isEqualTo("compliant");
        assertThat(theirs.toString()).doesNotContain(Long.toString(secret)).doesNotContain("Secret grading");
    }
}

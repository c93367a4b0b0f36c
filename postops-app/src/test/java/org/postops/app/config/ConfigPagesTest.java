package org.postops.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The configuration pages, signed in as people: history, diff, entering a snapshot, declaring, compliance. */
class ConfigPagesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKitsConfigurationPageShowsHistoryDiffAndTakesASnapshot() {
        Account tech = facility.person("support");
        long kit = new KitRows(jdbc).kit("Grade 4 " + Api.unique(), "WORKSTATION", null);
        WebSession web = WebSession.signIn(api, tech);
        String page = "/kit/" + kit + "/configuration";
        assertThat(web.get(page).body()).contains("No snapshot yet");

        Api.Response stored = web.post(page, page, Map.of("text", """
                os.name = Rocky Linux
                os.version = 9.3
                gpu[0].driver = 550.54.14
                apps.davinci-resolve-studio.version = 19.1.3
                apps.davinci-resolve-studio.plugins.neat-video = 5.6
                lut.version = v3
                """));
        assertThat(stored.status()).isEqualTo(302);
        long first = api.get(tech.token(), "/api/v1/kit/" + kit + "/snapshots").json().get("items").get(0).get("id")
                .asLong();
        assertThat(api.get(tech.token(), "/api/v1/kit/" + kit + "/snapshots/" + first).json().get("values").toString())
                .contains("\"apps.davinci-resolve-studio.plugins.neat-video\":\"5.6\"")
                .contains("\"os.version\":\"9.3\"");
        assertThat(api.get(tech.token(), "/api/v1/kit/" + kit + "/snapshots/" + first).json().get("source")
                .asString()).isEqualTo("ui");
        web.post(page, page, Map.of("text", "os.name = Rocky Linux\nos.version = 9.4\ngpu[0].driver = 565.57.01\n"));
        long second = api.get(tech.token(), "/api/v1/kit/" + kit + "/snapshots").json().get("items").get(0).get("id")
                .asLong();
        String diff = web.get(page + "?from=" + first + "&to=" + second).body();
        assertThat(diff).contains("What changed", "diff-changed", "565.57.01", "diff-removed", "lut.version");

        Api.Response refused = web.post(page, page, Map.of("text", "this is not a snapshot"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(api.get(tech.token(), "/api/v1/kit/" + kit + "/snapshots").json().get("total").asLong())
                .isEqualTo(2);
        Account client = facility.client();
        assertThat(WebSession.signIn(api, client).get(page).status()).isEqualTo(404);
    }

    @Test
    void aProductionsConfigurationsPageDeclaresAndShowsBookedKitCompliance() {
        Account supervisor = facility.staff();
        long production = facility.production(supervisor).get("id").asLong();
        long kit = new KitRows(jdbc).kit("Grade 5 " + Api.unique(), "WORKSTATION", null);
        new KitRows(jdbc).book(kit, null, production, null, null, LocalDate.now(), LocalDate.now().plusDays(5),
                supervisor.id());
        api.post(supervisor.token(), "/api/v1/kit/" + kit + "/snapshots", Snapshots.grading(null, "19.2.0",
                "550.54.14"));
        WebSession web = WebSession.signIn(api, supervisor);
        String page = "/productions/" + production + "/configurations";
        assertThat(web.get("/productions/" + production).body()).contains(page);
        Api.Response declared = web.post(page, page, Map.of("name", "Grading suites", "kinds", "workstation",
                "rules", "apps.davinci-resolve-studio.version 19.1.x\ngpu[*].driver 550–560\nos.name = Rocky Linux\n"
                        + "? apps.nuke.version >=15 <16"));
        assertThat(declared.status()).isEqualTo(302);
        List<String> rules = api.get(supervisor.token(), "/api/v1/productions/" + production
                + "/qualified-configurations").json().get("items").get(0).get("rules").valueStream()
                .map(r -> r.toString()).toList();
        assertThat(rules).containsExactly(
                "{\"key\":\"apps.davinci-resolve-studio.version\",\"range\":\"19.1.x\",\"equals\":null,\"matches\":null,\"required\":true}",
                "{\"key\":\"gpu[*].driver\",\"range\":\"550–560\",\"equals\":null,\"matches\":null,\"required\":true}",
                "{\"key\":\"os.name\",\"range\":null,\"equals\":\"Rocky Linux\",\"matches\":null,\"required\":true}",
                "{\"key\":\"apps.nuke.version\",\"range\":\">=15 <16\",\"equals\":null,\"matches\":null,\"required\":false}");
        String html = web.get(page).body();
        assertThat(html).contains("Grading suites", "Drifted", "apps.davinci-resolve-studio.version", "19.2.0");
        assertThat(web.get("/configurations").status()).isEqualTo(200);
        assertThat(web.get("/kit/" + kit + "/configuration").body()).contains("Drifted", "Grading suites");
    }
}

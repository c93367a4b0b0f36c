package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.app.support.Api;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code postops kit snapshot}: gathers this machine's configuration and sends it to a real server. */
class KitSnapshotCommandTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void dryRunPrintsThisMachinesConfigurationAndSendsNothing() {
        CommandRun run = CommandRun.of("kit", "snapshot", "--dry-run");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("source").asString()).isEqualTo("cli");
        assertThat(json.get("os").get("kernel").asString()).as("uname -r").matches("\\d+\\.\\d+.*");
        assertThat(json.get("os").get("name").asString()).as("from /etc/os-release").isNotBlank();
        assertThat(json.get("values").get("arch").asString()).isNotBlank();
        assertThat(json.get("mounts").isArray()).isTrue();
        assertThat(json.get("apps").valueStream().map(a -> a.get("name").asString())).contains("git");
    }

    @Test
    void aRealSubmissionCreatesASnapshot(@TempDir Path dir) throws Exception {
        long kit = new KitRows(jdbc).kit("Edit 3 " + Api.unique(), "WORKSTATION", null);
        String token = facility.staff().token();
        Path apps = Files.writeString(dir.resolve("apps.txt"), """
                # only git here
                git: git --version ~ git version (\\S+)
                nothing: /no/such/tool --version
                """);
        CommandRun run = CommandRun.of("kit", "snapshot", "--server", "http://localhost:" + port, "--token", token,
                "--kit", Long.toString(kit), "--apps", apps.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        long id = run.json().get("id").asLong();
        JsonNode stored = api.get(token, "/api/v1/kit/" + kit + "/snapshots/" + id).json();
        assertThat(stored.get("source").asString()).isEqualTo("cli");
        assertThat(stored.get("values").get("kernel").asString()).isNotBlank();
        assertThat(stored.get("values").propertyNames()).contains("apps.git.version")
                .doesNotContain("apps.nothing.version");

        CommandRun human = CommandRun.of("kit", "snapshot", "--server", "http://localhost:" + port + "/", "--token",
                token, "--kit", Long.toString(kit), "--apps", apps.toString());
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.out()).startsWith("Snapshot ").contains("kernel = ");
        assertThat(api.get(token, "/api/v1/kit/" + kit + "/snapshots").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void failuresAreOneClearLineWithTheirExitCode() {
        String server = "http://localhost:" + port;
        CommandRun unknown = CommandRun.of("kit", "snapshot", "--server", server, "--token", facility.staff().token(),
                "--kit", "4242");
        assertThat(unknown.code()).isEqualTo(KitCommand.NO_SUCH_KIT);
        assertThat(unknown.err()).isEqualTo("postops: no kit 4242 on " + server + " (404)\n");
        CommandRun badToken = CommandRun.of("kit", "snapshot", "--server", server, "--token", "nonsense", "--kit", "1");
        assertThat(badToken.code()).isEqualTo(KitCommand.TOKEN_REFUSED);
        assertThat(badToken.err()).startsWith("postops: " + server + " refused the token (401)");
        CommandRun away = CommandRun.of("kit", "snapshot", "--server", "http://127.0.0.1:1", "--token", "t", "--kit",
                "1");
        assertThat(away.code()).isEqualTo(KitCommand.UNREACHABLE);
        assertThat(away.err()).startsWith("postops: cannot reach http://127.0.0.1:1").hasLineCount(1);
        CommandRun noServer = CommandRun.of("kit", "snapshot", "--kit", "1", "--token", "t", "--server", "");
        assertThat(noServer.code()).isEqualTo(PostOps.USAGE);
        CommandRun noFile = CommandRun.of("kit", "snapshot", "--dry-run", "--apps", "/no/such/apps.txt");
        assertThat(noFile.code()).isEqualTo(PostOps.USAGE);
        assertThat(CommandRun.of("kit", "snapshot", "--help").out()).contains("Examples:", "Exit codes:");
    }

    @Test
    void readsLinuxFactsFromTheirTools() {
        Map<List<String>, String> answers = Map.of(
                List.of("nvidia-smi", "--query-gpu=name,driver_version", "--format=csv,noheader"),
                "NVIDIA RTX A6000, 550.54.14\nNVIDIA RTX A6000, 550.54.14\n",
                List.of("lspci", "-mm"), """
                        00:02.0 "VGA compatible controller" "Intel Corporation" "UHD Graphics 770" -r0c "" ""
                        01:00.0 "VGA compatible controller" "NVIDIA Corporation" "GA102GL [RTX A6000]" -ra1 "" ""
                        02:00.0 "Ethernet controller" "Intel Corporation" "I210" -r03 "" ""
                        """,
                List.of("resolve", "--version"), "DaVinci Resolve Studio 19.1.3b5 (Linux)\n");
        MachineSurvey survey = new MachineSurvey(c -> Optional.ofNullable(answers.get(c)), Path.of("/nowhere"));
        assertThat(survey.linuxGpus()).containsExactly(
                Map.of("model", "NVIDIA RTX A6000", "driver", "550.54.14"),
                Map.of("model", "NVIDIA RTX A6000", "driver", "550.54.14"),
                Map.of("model", "Intel Corporation UHD Graphics 770"));
        assertThat(survey.version(MachineSurvey.apps("resolve: resolve --version").get(0))).contains("19.1.3b5");
        assertThat(survey.version(MachineSurvey.apps("x: missing --version").get(0))).isEmpty();
    }
}

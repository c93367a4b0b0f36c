package org.postops.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code postops kit}: the facility's kit, from the machine itself. */
@Command(name = "kit", mixinStandardHelpOptions = true, description = "Work with the facility's kit.",
        subcommands = KitCommand.Snapshot.class)
class KitCommand implements Callable<Integer> {

    static final int UNREACHABLE = 4;
    static final int TOKEN_REFUSED = 5;
    static final int NO_SUCH_KIT = 6;
    static final int REFUSED = 7;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return PostOps.USAGE;
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = {"Snapshot this machine's configuration and send it to PostOps.", "",
                    "Gathers the operating system and kernel (uname, /etc/os-release or",
                    "sw_vers), GPUs (lspci, nvidia-smi with its driver version, or",
                    "system_profiler on macOS), the versions of a list of applications",
                    "(--apps; missing ones are skipped), and storage mounts (real",
                    "filesystems only), then posts them to the kit's snapshots, where the",
                    "kit's configuration page shows the history, diffs and compliance."},
            footer = {"", "Examples:",
                    "  postops kit snapshot --server https://postops.example --token $T --kit 1234",
                    "  postops kit snapshot --dry-run                # print the JSON, send nothing",
                    "  postops kit snapshot --kit 1234 --apps grading-apps.txt --json",
                    "", "The application list: one 'name: command [~ regex]' per line; see",
                    "  postops kit snapshot --print-apps", "",
                    "Exit codes:", "  0  sent (or printed, with --dry-run)",
                    "  2  wrong usage, or the --apps file cannot be read",
                    "  4  the server could not be reached",
                    "  5  the token was refused (401/403): make one on your account page",
                    "  6  no such kit (404)",
                    "  7  the server refused the snapshot; its reason is printed"})
    static class Snapshot implements Callable<Integer> {

        @Option(names = "--server", defaultValue = "${env:POSTOPS_SERVER}", paramLabel = "URL",
                description = "PostOps address, e.g. https://postops.example (default: $POSTOPS_SERVER).")
        String server;

        @Option(names = "--token", defaultValue = "${env:POSTOPS_TOKEN}", paramLabel = "TOKEN",
                description = "An API token of yours (default: $POSTOPS_TOKEN).")
        String token;

        @Option(names = "--kit", paramLabel = "ID", description = "The kit this machine is, by id.")
        Long kit;

        @Option(names = "--apps", paramLabel = "FILE",
                description = "The applications to ask for their version (default: the built-in list).")
        Path apps;

        @Option(names = "--dry-run", description = "Print the JSON that would be sent, and send nothing.")
        boolean dryRun;

        @Option(names = "--print-apps", description = "Print the built-in application list, to copy and edit.")
        boolean printApps;

        @Option(names = "--json", description = "Print the server's answer as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        MachineSurvey survey = MachineSurvey.ofThisMachine();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (printApps) {
                try (var in = MachineSurvey.class.getResourceAsStream("kit-apps.txt")) {
                    out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                out.flush();
                return PostOps.OK;
            }
            List<MachineSurvey.AppProbe> probes;
            try {
                probes = apps == null ? MachineSurvey.defaultApps()
                        : MachineSurvey.apps(Files.readString(apps, StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("postops: cannot read the application list " + apps + ": " + e.getMessage());
                return PostOps.USAGE;
            } catch (IllegalArgumentException e) {
                err.println("postops: " + apps + ", " + e.getMessage());
                return PostOps.USAGE;
            }
            if (!dryRun) {
                String missing = server == null || server.isBlank() ? "--server"
                        : token == null || token.isBlank() ? "--token" : kit == null ? "--kit" : null;
                if (missing != null) {
                    err.println("postops: " + missing + " is needed to send a snapshot (or use --dry-run)");
                    return PostOps.USAGE;
                }
            }
            Map<String, Object> snapshot = survey.survey(probes);
            String body = Json.write(snapshot);
            if (dryRun) {
                out.println(body);
                out.flush();
                return PostOps.OK;
            }
            return send(body, out, err);
        }

        private int send(String body, PrintWriter out, PrintWriter err) {
            String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
            URI uri;
            try {
                uri = URI.create(base + "/api/v1/kit/" + kit + "/snapshots");
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
            } catch (IllegalArgumentException e) {
                err.println("postops: --server " + server + " is not an address such as https://postops.example");
                return PostOps.USAGE;
            }
            HttpResponse<String> response;
            try {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException | HttpConnectTimeoutException e) {
                err.println("postops: cannot reach " + base + " (" + (e.getMessage() == null ? "connection refused"
                        : e.getMessage()) + ")");
                return UNREACHABLE;
            } catch (IOException e) {
                err.println("postops: cannot reach " + base + ": " + e);
                return UNREACHABLE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return UNREACHABLE;
            }
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                err.println("postops: " + base + " refused the token (" + status + "); make a new one on your "
                        + "account page");
                return TOKEN_REFUSED;
            }
            if (status == 404) {
                err.println("postops: no kit " + kit + " on " + base + " (404)");
                return NO_SUCH_KIT;
            }
            if (status != 201) {
                err.println("postops: " + base + " refused the snapshot (" + status + "): " + reason(response.body()));
                return REFUSED;
            }
            JsonNode stored = JsonMapper.builder().build().readTree(response.body());
            if (json) {
                out.println(Json.write(stored));
            } else {
                out.println("Snapshot " + stored.get("id").asLong() + " of kit “" + stored.get("kitName").asString()
                        + "” stored, " + stored.get("values").size() + " keys:");
                stored.get("values").properties().forEach(e -> out.println("  " + e.getKey() + " = "
                        + e.getValue().asString()));
            }
            out.flush();
            return PostOps.OK;
        }

        private static String reason(String body) {
            try {
                JsonNode problem = JsonMapper.builder().build().readTree(body);
                if (problem.has("detail")) {
                    return problem.get("detail").asString();
                }
            } catch (RuntimeException notJson) {
                // fall through to the raw text
            }
            String line = body.strip().lines().findFirst().orElse("");
            return line.length() > 200 ? line.substring(0, 200) + "…" : line;
        }
    }
}

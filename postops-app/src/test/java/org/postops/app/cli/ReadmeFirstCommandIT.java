package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;

/**
 * The README's first command, as a person runs it: {@code ./postops serve --demo}, through the launcher
 * at the root of the repository, on a new data directory. Runs after the jar is packaged.
 */
class ReadmeFirstCommandIT {

    @Test
    void postopsServeDemoStartsTheServerWithTheDemoFacility() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("postops-readme-");
        int port = freePort();
        Path log = data.resolveSibling(data.getFileName() + ".log");
        Process server = new ProcessBuilder(root.resolve("postops").toString(), "serve", "--demo",
                "--port", Integer.toString(port), "--data", data.toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Api api = new Api("http://localhost:" + port);
            waitUntilUp(api, server, log);

            assertThat(Files.getPosixFilePermissions(data.resolve("initial-admin-password")))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            assertThat(Files.readString(log)).contains("initial-admin-password").contains("demo-password");

            String admin = api.token("admin", Files.readString(data.resolve("initial-admin-password")).strip());
            assertThat(api.get(admin, "/api/v1/productions").json().get("total").asLong()).isEqualTo(3);
            String demoPassword = Files.readString(data.resolve("demo-password")).strip();
            String editor = api.token("nadia.hussain", demoPassword);
            assertThat(api.get(editor, "/api/v1/me/tasks").json().get("total").asLong()).isPositive();
        } finally {
            server.destroy();
            server.waitFor();
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(log);
        }
    }

    private static void waitUntilUp(Api api, Process server, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3)); // the launcher may build first
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("postops serve ended early:\n" + Files.readString(log));
            }
            try {
                if (api.get(null, "/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("postops serve did not come up within 3 minutes:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

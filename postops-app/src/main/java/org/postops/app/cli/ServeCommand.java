package org.postops.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.postops.app.PostOpsApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code postops serve}: starts the server (web UI and REST API). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the PostOps server: web pages, and the REST API under /api/v1.", "",
                "On the first start with an empty database, user 'admin' is created with",
                "a random password, written to <data>/initial-admin-password (readable",
                "by you only).", "",
                "Uses the embedded database under --data, unless POSTOPS_DB_URL,",
                "POSTOPS_DB_USER and POSTOPS_DB_PASSWORD point at PostgreSQL."},
        footer = {"", "Examples:", "  postops serve --demo                       try it with a demo facility",
                "  postops serve --port 9090 --data /srv/postops"})
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "postops-data", paramLabel = "DIR",
            description = "Data directory: embedded database, files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests served at once (default: 4 per core). More only time-slice the cores; raise it"
                    + " when the database is across a network.")
    Integer threads;

    @Option(names = "--demo", description = "Load a demo facility (people, productions, tasks) on first start; "
            + "the demo people's shared password is written to <data>/demo-password.")
    boolean demo;

    @Option(names = "--debug", description = "Log in detail.")
    boolean debug;

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            System.err.println("postops: --port must be between 1 and 65535");
            return PostOps.USAGE;
        }
        List<String> args = new ArrayList<>();
        args.add("--postops.port=" + port);
        args.add("--postops.data=" + data.toAbsolutePath().normalize());
        if (demo) {
            args.add("--postops.demo=true");
        }
        int workers = threads != null ? threads : 4 * Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > 1000) {
            System.err.println("postops: --threads must be between 1 and 1000");
            return PostOps.USAGE;
        }
        if (threads != null || System.getenv("SERVER_TOMCAT_THREADS_MAX") == null) {
            args.add("--server.tomcat.threads.max=" + workers);
        }
        if (debug) {
            args.add("--logging.level.org.postops=debug");
        }
        PostOpsApplication.main(args.toArray(String[]::new));
        return PostOps.OK;
    }
}

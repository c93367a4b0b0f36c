package org.postops.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postops.app.audit.AuditChain;
import org.postops.app.audit.AuditRepository;
import org.postops.app.system.Database;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postops audit}: checks the audit trail's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return PostOps.USAGE;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check that no audit entry was changed or removed.", "",
                    "Recomputes every entry's SHA-256 and its link to the one before, and",
                    "names the first broken entry. Works while the server runs. Reads the",
                    "database PostOps uses: --db-url (default: POSTOPS_DB_URL) if set,",
                    "otherwise the embedded one under --data."},
            footer = {"", "Exit codes: 0 intact, 1 broken, 3 database not reachable."})
    static class Verify implements Callable<Integer> {

        @Option(names = "--data", defaultValue = "postops-data", paramLabel = "DIR",
                description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--db-url", defaultValue = "${env:POSTOPS_DB_URL}",
                description = "JDBC URL of PostgreSQL (default: $POSTOPS_DB_URL).")
        String dbUrl;

        @Option(names = "--db-user", defaultValue = "${env:POSTOPS_DB_USER}",
                description = "Database user (default: $POSTOPS_DB_USER).")
        String dbUser;

        @Option(names = "--db-password", defaultValue = "${env:POSTOPS_DB_PASSWORD}",
                description = "Database password (default: $POSTOPS_DB_PASSWORD).")
        String dbPassword;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Option(names = "--debug", description = "Print stack traces of failures.")
        boolean debug;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            // the command line's writers rather than System.out, so that it can run in-process (tests)
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Database database = Database.from(data, dbUrl, dbUser, dbPassword);
            if (database.isEmbedded() && !data.resolve("db").resolve("postops.mv.db").toFile().exists()) {
                err.println("postops: no PostOps database under " + data.toAbsolutePath()
                        + " (use --data, or --db-url / POSTOPS_DB_URL for PostgreSQL)");
                return PostOps.NO_DATABASE;
            }
            AuditChain.Verdict verdict;
            try {
                SimpleDriverDataSource ds = new SimpleDriverDataSource();
                ds.setDriverClass(database.isEmbedded() ? org.h2.Driver.class : org.postgresql.Driver.class);
                ds.setUrl(database.url() + (database.isEmbedded() ? ";IFEXISTS=TRUE" : ""));
                ds.setUsername(database.user());
                ds.setPassword(database.password());
                AuditRepository repository = new AuditRepository(JdbcClient.create(ds));
                AuditRepository.Head head = repository.head();
                verdict = AuditChain.verify(repository.streamAll(), head.lastId(), head.lastHash());
            } catch (RuntimeException e) {
                err.println("postops: cannot read the audit trail from " + database.describe() + ": "
                        + rootMessage(e));
                if (debug) {
                    e.printStackTrace(err);
                }
                return PostOps.NO_DATABASE;
            }
            if (json) {
                out.println("{\"intact\":" + verdict.intact() + ",\"checked\":" + verdict.checked()
                        + ",\"firstBrokenId\":" + verdict.firstBrokenId().map(String::valueOf).orElse("null")
                        + ",\"message\":\"" + verdict.message().replace("\"", "\\\"") + "\"}");
            } else {
                out.println(verdict.message());
            }
            return verdict.intact() ? PostOps.OK : PostOps.FOUND_PROBLEM;
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return t.getMessage();
        }
    }
}

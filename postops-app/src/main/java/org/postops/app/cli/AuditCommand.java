package org.postops.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.postops.app.audit.AuditChain;
import org.postops.app.audit.AuditRepository;
import org.postops.app.system.Database;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
                    "database PostOps uses: POSTOPS_DB_URL if set, otherwise the embedded",
                    "one under --data."},
            footer = {"", "Exit codes: 0 intact, 1 broken, 3 database not reachable."})
    static class Verify implements Callable<Integer> {

        @Option(names = "--data", defaultValue = "postops-data", paramLabel = "DIR",
                description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Option(names = "--debug", description = "Print stack traces of failures.")
        boolean debug;

        @Override
        public Integer call() {
            Database database = Database.from(data, System.getenv());
            if (database.isEmbedded() && !data.resolve("db").resolve("postops.mv.db").toFile().exists()) {
                System.err.println("postops: no PostOps database under " + data.toAbsolutePath()
                        + " (use --data, or POSTOPS_DB_URL for PostgreSQL)");
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
                System.err.println("postops: cannot read the audit trail from " + database.describe() + ": "
                        + rootMessage(e));
                if (debug) {
                    e.printStackTrace();
                }
                return PostOps.NO_DATABASE;
            }
            if (json) {
                System.out.println("{\"intact\":" + verdict.intact() + ",\"checked\":" + verdict.checked()
                        + ",\"firstBrokenId\":" + verdict.firstBrokenId().map(String::valueOf).orElse("null")
                        + ",\"message\":\"" + verdict.message().replace("\"", "\\\"") + "\"}");
            } else {
                System.out.println(verdict.message());
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

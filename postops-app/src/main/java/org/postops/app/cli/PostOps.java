package org.postops.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code postops}: the entry point of the jar. */
@Command(name = "postops", mixinStandardHelpOptions = true, versionProvider = PostOps.Version.class,
        description = {"PostOps, the operations hub of a post-production facility.", "",
                "Start the server with 'postops serve --demo' and open http://localhost:8080."},
        subcommands = {ServeCommand.class, AuditCommand.class, HashCommand.class, MhlCommand.class,
                TcCommand.class, ProbeCommand.class, QcCommand.class, KitCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the check found a problem (e.g. a broken audit chain)",
                "2:wrong usage or unreadable input", "3:the database could not be reached",
                "4-7:postops kit snapshot: see 'postops kit snapshot --help'",
                "10-40:postops mhl and postops hash: see 'postops mhl --help'"})
public class PostOps implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FOUND_PROBLEM = 1;
    public static final int USAGE = 2;
    public static final int NO_DATABASE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != OK || args.length == 0 || !args[0].equals("serve")) {
            System.exit(code);
        }
    }

    /** The command line with its error handling; public so that tests run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PostOps());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("postops: " + ex.getMessage());
            if (parseResult.hasMatchedOption("--debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return USAGE;
        });
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return USAGE;
    }

    /** The version from the jar's manifest ("development build" when run from classes). */
    static String version() {
        String v = PostOps.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** The version from the jar's manifest. */
    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"postops " + version()};
        }
    }
}

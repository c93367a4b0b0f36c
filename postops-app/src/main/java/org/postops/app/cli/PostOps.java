package org.postops.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code postops}: the entry point of the jar. */
@Command(name = "postops", mixinStandardHelpOptions = true, versionProvider = PostOps.Version.class,
        description = {"PostOps, the operations hub of a post-production facility.", "",
                "Start the server with 'postops serve --demo' and open http://localhost:8080."},
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

    /**
     * The commands, in the order {@code --help} lists them. Each is added only when it is the one asked for:
     * picocli reads every option of a command by reflection when it is added, and reading them all took most of
     * a short command's start (a `postops tc` or `postops hash` of one small file).
     */
    private static final Map<String, Class<?>> COMMANDS = commands(ServeCommand.class, AuditCommand.class,
            HashCommand.class, MhlCommand.class, TcCommand.class, ProbeCommand.class, QcCommand.class,
            KitCommand.class);

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return byName;
    }

    public static void main(String[] args) {
        int code = commandLine(args.length == 0 ? null : args[0]).execute(args);
        if (code != OK || args.length == 0 || !args[0].equals("serve")) {
            System.exit(code);
        }
    }

    /** The command line with every command and its error handling; public so that tests run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for arguments starting with {@code first}: only that command when it names one, every
     * command otherwise (no arguments, {@code --help}, {@code help}, a mistyped name), so help and "did you
     * mean" see them all.
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new PostOps());
        Class<?> only = first == null ? null : COMMANDS.get(first);
        boolean versionOnly = "--version".equals(first) || "-V".equals(first);
        for (Class<?> command : only != null ? List.<Class<?>>of(only)
                : versionOnly ? List.<Class<?>>of() : List.copyOf(COMMANDS.values())) {
            cli.addSubcommand(command);
        }
        cli.addSubcommand(new CommandLine.HelpCommand());
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

package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line reads only the command asked for, and still shows every command where help needs them. */
class PostOpsCommandLineTest {

    private static final String[] ALL = {"serve", "audit", "hash", "mhl", "tc", "probe", "qc", "kit", "help"};

    @Test
    void aNamedCommandBringsOnlyItselfAndHelp() {
        assertThat(PostOps.commandLine("tc").getSubcommands()).containsOnlyKeys("tc", "help");
        assertThat(PostOps.commandLine("mhl").getSubcommands().get("mhl").getSubcommands())
                .containsKeys("create", "verify", "diff", "info", "flatten");
        assertThat(PostOps.commandLine("--version").getSubcommands()).containsOnlyKeys("help");
    }

    @Test
    void helpAMistypedNameAndNoArgumentsSeeEveryCommand() {
        for (String first : new String[] {null, "--help", "help", "hsah"}) {
            assertThat(PostOps.commandLine(first).getSubcommands()).as(String.valueOf(first)).containsOnlyKeys(ALL);
        }
        assertThat(PostOps.commandLine().getSubcommands()).containsOnlyKeys(ALL);

        StringWriter err = new StringWriter();
        CommandLine cli = PostOps.commandLine("hsah");
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("hsah")).isEqualTo(PostOps.USAGE);
        assertThat(err.toString()).contains("Unmatched argument", "hsah").contains("hash");

        StringWriter out = new StringWriter();
        CommandLine help = PostOps.commandLine("help");
        help.setOut(new PrintWriter(out));
        assertThat(help.execute("help", "tc")).isZero();
        assertThat(out.toString()).contains("--rate");
    }

    @Test
    void aNamedCommandRunsAsBefore() {
        StringWriter out = new StringWriter();
        CommandLine cli = PostOps.commandLine("tc");
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("tc", "10:03:00;05", "--rate", "29.97")).isZero();
        assertThat(out.toString().strip()).isEqualTo("1084319");
    }
}

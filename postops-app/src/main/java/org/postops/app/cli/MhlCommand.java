package org.postops.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.postops.media.hash.FileHasher;
import org.postops.media.hash.HashFormat;
import org.postops.media.hash.HashingPool;
import org.postops.media.mhl.History;
import org.postops.media.mhl.MediaHashList;
import org.postops.media.mhl.MhlException;
import org.postops.media.mhl.MhlExit;
import org.postops.media.mhl.MhlOptions;
import org.postops.media.mhl.MhlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code postops mhl}: ASC MHL histories (create, verify, diff, info, flatten). The work is done by
 * postops-media's {@link MediaHashList}; these classes read options and print results.
 */
@Command(name = "mhl", mixinStandardHelpOptions = true,
        description = {"Record and check ASC MHL v2.0 histories (chain of custody of media).", "",
                "A history lives in the folder's ascmhl/ subfolder: one manifest per",
                "generation and ascmhl_chain.xml. Histories made by the reference tool",
                "(ascmhl) can be continued by PostOps and the other way round."},
        subcommands = {MhlCommand.Create.class, MhlCommand.Verify.class, MhlCommand.Diff.class,
                MhlCommand.Info.class, MhlCommand.Flatten.class},
        footer = {"", "Exit codes (those of the reference tool, plus 34 and 40):", "  0   success",
                "  2   wrong usage", "  10  files recorded in the history are missing",
                "  11  files do not match their recorded hashes",
                "  21  files not recorded in the history were found (verify, diff)",
                "  30  no ASC MHL history in the folder", "  31  a manifest was modified (C4 differs from the chain)",
                "  32  the history has no chain file", "  33  a manifest listed in the chain is missing",
                "  34  a manifest or chain file is not valid ASC MHL (malformed XML,",
                "      or a DTD / entities, which are refused)",
                "  40  files could not be hashed (unreadable, changed while hashed,",
                "      broken link, a name a manifest cannot hold)",
                "  1   the history could not be read or written (I/O error)"})
class MhlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return PostOps.USAGE;
    }

    /** Options every mhl subcommand has. */
    static class Common {
        @Option(names = "--json", description = "Print the result as JSON (for scripts).")
        boolean json;

        @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors; no progress bar.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Print every file, not only problems.")
        boolean verbose;

        @Option(names = "--debug", description = "Print stack traces of failures.")
        boolean debug;

        @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
        boolean help;
    }

    /** Options of the commands that hash. */
    static class Hashing {
        @Option(names = "--threads", paramLabel = "N",
                description = {"Files hashed at once (default: one per core;", "use 1 for a single spinning disk)."})
        Integer threads;

        @Option(names = {"-i", "--ignore"}, paramLabel = "PATTERN",
                description = {"Leave out paths matching this gitignore-style", "pattern (repeatable)."})
        List<String> ignore = new ArrayList<>();

        @Option(names = {"-ii", "--ignore-spec"}, paramLabel = "FILE",
                description = "A file of ignore patterns, one per line.")
        Path ignoreFile;

        MhlOptions apply(MhlOptions o) {
            ignore.forEach(o::ignore);
            o.ignoreFile(ignoreFile);
            if (threads != null) {
                if (threads < 1 || threads > 256) {
                    throw new IllegalArgumentException("--threads must be between 1 and 256");
                }
                o.pool(new HashingPool(threads, FileHasher.DEFAULT_BUFFER));
            }
            return o;
        }
    }

    /** Who, where and why, written to the manifest's creatorinfo. */
    static class Creator {
        @Option(names = "--author-name", paramLabel = "NAME", description = "The author's name.")
        String name;

        @Option(names = "--author-email", paramLabel = "EMAIL", description = "The author's email address.")
        String email;

        @Option(names = "--author-phone", paramLabel = "PHONE", description = "The author's phone number.")
        String phone;

        @Option(names = "--author-role", paramLabel = "ROLE", description = "The author's role (e.g. DIT).")
        String role;

        @Option(names = "--location", paramLabel = "TEXT", description = "Where this happens (e.g. Stage 4).")
        String location;

        @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the manifest.")
        String comment;

        MhlOptions apply(MhlOptions o) {
            if (email != null && !email.matches("[^@]+@[^.]+\\..+")) {
                throw new IllegalArgumentException("--author-email '" + email + "' is not an email address");
            }
            if (name == null && (email != null || phone != null || role != null)) {
                throw new IllegalArgumentException("--author-email, --author-phone and --author-role need --author-name");
            }
            return o.author(name, email, phone, role).location(location).comment(comment);
        }
    }

    /** Runs a command on the library and turns its outcome into output and an exit code. */
    abstract static class Run implements Callable<Integer> {
        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        abstract Object run(MhlOptions options, PrintWriter out) throws Exception;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            MhlOptions options = new MhlOptions().tool("postops", PostOps.version());
            boolean bar = !common.quiet && !common.json && ProgressBar.terminal();
            try (ProgressBar b = ProgressBar.start(options.progress(), err, bar)) {
                Object result = runClosing(b, options, out);
                if (result instanceof MhlReport) {
                    MhlReport r = (MhlReport) result;
                    MhlPrinter.print(r, out, err, common.json, common.quiet, common.verbose);
                    return r.exit().code();
                }
                return PostOps.OK;
            } catch (MhlException e) {
                if (common.json) {
                    out.println(Json.write(MhlPrinter.error(e.exit().code(), e.getMessage())));
                } else {
                    err.println("postops: " + e.getMessage());
                }
                debug(e, err);
                return e.exit().code();
            } catch (NotDirectoryException | java.nio.file.NoSuchFileException e) {
                err.println("postops: " + e.getMessage() + (e instanceof NotDirectoryException ? "" : ": no such file or folder"));
                return PostOps.USAGE;
            } catch (IllegalArgumentException e) {
                err.println("postops: " + e.getMessage());
                return PostOps.USAGE;
            } catch (IOException e) {
                err.println("postops: " + e);
                debug(e, err);
                return PostOps.FOUND_PROBLEM;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("postops: interrupted");
                return PostOps.FOUND_PROBLEM;
            } catch (CommandLine.ParameterException e) {
                throw e;
            } catch (Exception e) {
                err.println("postops: " + e);
                debug(e, err);
                return PostOps.FOUND_PROBLEM;
            }
        }

        private Object runClosing(ProgressBar bar, MhlOptions options, PrintWriter out) throws Exception {
            try {
                return run(options, out);
            } finally {
                bar.close(); // before anything is printed
            }
        }

        private void debug(Exception e, PrintWriter err) {
            if (common.debug) {
                e.printStackTrace(err);
            }
        }
    }

    @Command(name = "create", description = {"Seal a folder, or add the next generation to its history.", "",
            "The first run records every file's hash (original). Later runs verify",
            "each file against the history (verified or failed), seal new files,",
            "report missing ones, may add formats, and write the next generation.",
            "Nested histories in subfolders get their own generation, referenced",
            "from this one."},
            footer = {"", "Examples:", "  postops mhl create /Volumes/SHUTTLE_01/A002R2EC",
                    "  postops mhl create -h xxh128 -h md5 A002R2EC   two formats, one read",
                    "  postops mhl create --author-name \"Ada Loader\" --author-role DIT A002R2EC",
                    "  postops mhl create -dr -i '*.tmp' A002R2EC     renames, skip temp files", "",
                    "Exit codes: 0 sealed or verified, 10 files missing, 11 files failed,",
                    "30-34 history unusable, 40 files could not be hashed, 2 wrong usage",
                    "(see 'postops mhl --help')."})
    static class Create extends Run {
        @Parameters(paramLabel = "DIR", description = "The folder (its history is DIR/ascmhl).")
        Path dir;

        @Option(names = {"-h", "--hash-format"}, paramLabel = "FORMAT", converter = Formats.class,
                description = {"Format to record: c4, md5, sha1, xxh128 (default),", "xxh3, xxh64. Repeat for several."})
        List<HashFormat> formats = new ArrayList<>();

        @Option(names = {"-n", "--no-directory-hashes"}, description = "List folders without directory hashes.")
        boolean noDirectoryHashes;

        @Option(names = {"-dr", "--detect-renaming"},
                description = {"A new file with a missing file's hash is that", "file renamed: record its previousPath."})
        boolean detectRenames;

        @Mixin
        Hashing hashing;

        @Mixin
        Creator creator;

        @Override
        Object run(MhlOptions o, PrintWriter out) throws Exception {
            o.formats(formats).noDirectoryHashes(noDirectoryHashes).detectRenames(detectRenames);
            return MediaHashList.create(dir, creator.apply(hashing.apply(o)));
        }
    }

    @Command(name = "verify", description = {"Check a folder against its history; writes nothing.", "",
            "Hashes every file in the format(s) it was first recorded with and",
            "compares; reports new and missing files."},
            footer = {"", "Examples:", "  postops mhl verify /Volumes/NEARLINE/A002R2EC",
                    "  postops mhl verify --json A002R2EC > report.json", "",
                    "Exit codes: 0 verified, 10 missing, 11 failed, 21 new files,",
                    "30-34 history unusable, 40 files could not be hashed, 2 wrong usage."})
    static class Verify extends Run {
        @Parameters(paramLabel = "DIR", description = "The folder holding the history.")
        Path dir;

        @Mixin
        Hashing hashing;

        @Override
        Object run(MhlOptions o, PrintWriter out) throws Exception {
            return MediaHashList.verify(dir, hashing.apply(o));
        }
    }

    @Command(name = "diff", description = {"Compare a folder's file list with its history; no hashing.", "",
            "A quick completeness check: files on disk but not in the history,",
            "and the other way round."},
            footer = {"", "Examples:", "  postops mhl diff A002R2EC", "",
                    "Exit codes: 0 complete, 10 files missing, 21 new files, 30-34 history unusable."})
    static class Diff extends Run {
        @Parameters(paramLabel = "DIR", description = "The folder holding the history.")
        Path dir;

        @Option(names = {"-i", "--ignore"}, paramLabel = "PATTERN", description = "Also leave out this pattern.")
        List<String> ignore = new ArrayList<>();

        @Option(names = {"-ii", "--ignore-spec"}, paramLabel = "FILE", description = "A file of ignore patterns.")
        Path ignoreFile;

        @Override
        Object run(MhlOptions o, PrintWriter out) throws Exception {
            ignore.forEach(o::ignore);
            return MediaHashList.diff(dir, o.ignoreFile(ignoreFile));
        }
    }

    @Command(name = "info", description = "List the generations of a history (and of nested histories).",
            footer = {"", "Examples:", "  postops mhl info A002R2EC", "  postops mhl info -v --json A002R2EC", "",
                    "Exit codes: 0 listed, 30-34 history missing or unusable."})
    static class Info extends Run {
        @Parameters(paramLabel = "DIR", description = "The folder holding the history.")
        Path dir;

        @Override
        Object run(MhlOptions o, PrintWriter out) throws Exception {
            if (!Files.isDirectory(dir)) {
                throw new NotDirectoryException(dir + " is not a folder");
            }
            History h = History.loadTree(dir.toAbsolutePath().normalize());
            if (h.isEmpty() && h.children().isEmpty()) {
                throw new MhlException(MhlExit.NO_HISTORY, "Missing ASC MHL history at path " + dir.toAbsolutePath());
            }
            MhlPrinter.info(h, out, common.json, common.verbose);
            return h;
        }
    }

    @Command(name = "flatten", description = {"Write the whole history into one manifest (a packing list).", "",
            "Collects every file with every format recorded over all generations",
            "(and nested histories) into DEST/packinglist_<folder>_<time>.mhl."},
            footer = {"", "Examples:", "  postops mhl flatten A002R2EC /tmp/deliverables", "",
                    "Exit codes: 0 written, 30-34 history missing or unusable, 1 could not write."})
    static class Flatten extends Run {
        @Parameters(index = "0", paramLabel = "DIR", description = "The folder holding the history.")
        Path dir;

        @Parameters(index = "1", paramLabel = "DEST", description = "Folder to write the packing list to.")
        Path dest;

        @Mixin
        Creator creator;

        @Override
        Object run(MhlOptions o, PrintWriter out) throws Exception {
            Path written = MediaHashList.flatten(dir, dest, creator.apply(o));
            if (common.json) {
                out.println(Json.write(java.util.Map.of("written", written.toString())));
            } else if (!common.quiet) {
                out.println("Wrote " + written);
            }
            return written;
        }
    }
}

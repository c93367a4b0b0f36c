package org.postops.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.postops.media.hash.FileHashes;
import org.postops.media.hash.FileHasher;
import org.postops.media.hash.HashFormat;
import org.postops.media.hash.HashingPool;
import org.postops.media.hash.HashingProgress;
import org.postops.media.mhl.MhlExit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postops hash}: prints the hashes of files, several formats from one read of each. */
@Command(name = "hash", description = {"Print the hashes of files.", "",
        "Every format asked for comes from one read of each file; files are",
        "hashed in parallel (one thread per core)."},
        footer = {"", "Examples:", "  postops hash A001C001.mov                 xxh128 (A001C001.mov) = 61a67c...",
                "  postops hash -h md5 -h xxh64 *.mov        two formats, one read per file",
                "  postops hash --json -h c4 Sidecar.txt", "",
                "Exit codes:", "  0   every file hashed", "  2   wrong usage",
                "  40  a file could not be read (unreadable, missing, changed while",
                "      hashed, broken link)"})
class HashCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to hash.")
    List<Path> files;

    @Option(names = {"-h", "--hash-format"}, paramLabel = "FORMAT", converter = Formats.class,
            description = {"c4, md5, sha1, xxh128 (default), xxh3 or xxh64;", "repeat for several."})
    List<HashFormat> formats = new ArrayList<>();

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Files hashed at once (default: one per core).")
    Integer threads;

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--debug", description = "Print stack traces of failures.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<HashFormat> wanted = formats.isEmpty() ? EnumSet.of(HashFormat.XXH128) : EnumSet.copyOf(formats);
        List<HashingPool.Job> jobs = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                err.println("postops: " + f + " is a folder; to record a folder use: postops mhl create " + f);
                return PostOps.USAGE;
            }
            if (!Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                err.println("postops: " + f + ": no such file");
                return PostOps.USAGE;
            }
            jobs.add(new HashingPool.Job(f, wanted, sizeOf(f)));
        }
        HashingProgress progress = new HashingProgress();
        HashingPool pool = new HashingPool(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                FileHasher.DEFAULT_BUFFER);
        List<HashingPool.Outcome> outcomes;
        try (ProgressBar bar = ProgressBar.start(progress, err, !quiet && !json && ProgressBar.terminal())) {
            outcomes = pool.hashAll(jobs, progress);
        }
        boolean problems = false;
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            HashingPool.Outcome o = outcomes.get(i);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", files.get(i).toString());
            if (o.problem().isPresent()) {
                problems = true;
                item.put("problem", o.problem().get().message());
                if (!json) {
                    err.println("postops: " + o.problem().get().message());
                }
            } else {
                FileHashes h = o.hashes().get();
                item.put("size", h.size());
                Map<String, String> values = new LinkedHashMap<>();
                for (HashFormat fmt : formatsInOrderGiven(wanted)) {
                    values.put(fmt.xmlName(), h.get(fmt));
                    if (!json) {
                        out.println(fmt.xmlName() + " (" + files.get(i) + ") = " + h.get(fmt));
                    }
                }
                item.put("hashes", values);
            }
            list.add(item);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", list);
            doc.put("bytes", progress.bytes());
            doc.put("seconds", progress.elapsed().toNanos() / 1e9);
            out.println(Json.write(doc));
        }
        out.flush();
        return problems ? MhlExit.FILES_UNREADABLE.code() : PostOps.OK;
    }

    private List<HashFormat> formatsInOrderGiven(Set<HashFormat> wanted) {
        List<HashFormat> order = new ArrayList<>();
        for (HashFormat f : formats) {
            if (!order.contains(f)) {
                order.add(f);
            }
        }
        return order.isEmpty() ? new ArrayList<>(wanted) : order;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}

package org.postops.app.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.media.hash.HashFormat;
import org.postops.media.mhl.History;
import org.postops.media.mhl.MhlReport;
import org.postops.media.mhl.MhlReport.FileResult;
import org.postops.media.mhl.MhlReport.Status;
import org.postops.media.mhl.manifest.Manifest;

/** Text and JSON output of the mhl commands. */
final class MhlPrinter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MhlPrinter() {
    }

    static void print(MhlReport r, PrintWriter out, PrintWriter err, boolean json, boolean quiet, boolean verbose) {
        if (json) {
            out.println(Json.write(document(r)));
            out.flush();
            return;
        }
        if (!quiet) {
            for (FileResult f : r.files()) {
                boolean trouble = f.status() == Status.FAILED || f.status() == Status.MISSING
                        || f.status() == Status.NEW || f.status() == Status.PROBLEM;
                if (verbose || trouble || f.previousPath() != null) {
                    out.println(line(f));
                }
            }
            for (String w : r.warnings()) {
                out.println("  warning   " + w);
            }
            for (Manifest.DirectoryHash h : r.rootHashes()) {
                out.println("Root hash " + h.format().xmlName() + ": " + h.content() + " (content), " + h.structure()
                        + " (structure)");
            }
            for (java.nio.file.Path w : r.written()) {
                out.println("Wrote " + r.root().relativize(w));
            }
            out.println(summary(r));
        }
        out.flush();
        if (r.exit().code() != 0) {
            err.println("postops: " + r.exit().meaning() + " (exit " + r.exit().code() + ")");
            err.flush();
        }
    }

    private static String line(FileResult f) {
        StringBuilder b = new StringBuilder("  ").append(String.format("%-9s ", f.status().word())).append(f.path());
        if (f.previousPath() != null) {
            b.append("  (renamed from ").append(f.previousPath()).append(')');
        }
        if (f.detail() != null) {
            b.append("  ").append(f.detail());
        } else if (!f.hashes().isEmpty()) {
            f.hashes().forEach((fmt, v) -> b.append("  ").append(fmt.xmlName()).append(' ').append(v));
        }
        return b.toString();
    }

    static String summary(MhlReport r) {
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            long n = r.count(s);
            if (n > 0) {
                parts.add(n + " " + s.word());
            }
        }
        String files = parts.isEmpty() ? "no files" : String.join(", ", parts);
        if (r.command().equals("diff")) {
            return files + " (names only, nothing hashed)";
        }
        double seconds = r.hashing().toNanos() / 1e9;
        return files + "; " + Sizes.bytes(r.bytesHashed()) + " hashed in " + String.format(java.util.Locale.ROOT,
                "%.1f s", seconds) + " (" + Sizes.megabytesPerSecond(r.bytesHashed(), seconds) + ")";
    }

    static Map<String, Object> document(MhlReport r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("command", r.command());
        d.put("root", r.root().toString());
        d.put("exit", r.exit().code());
        d.put("result", r.exit().meaning());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.word(), r.count(s));
        }
        d.put("counts", counts);
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileResult f : r.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            m.put("status", f.status().word());
            if (!f.hashes().isEmpty()) {
                Map<String, String> h = new LinkedHashMap<>();
                f.hashes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> h.put(e.getKey().xmlName(), e.getValue()));
                m.put("hashes", h);
            }
            if (f.previousPath() != null) {
                m.put("previousPath", f.previousPath());
            }
            if (f.detail() != null) {
                m.put("detail", f.detail());
            }
            files.add(m);
        }
        d.put("files", files);
        Map<String, Object> root = new LinkedHashMap<>();
        for (Manifest.DirectoryHash h : r.rootHashes()) {
            root.put(h.format().xmlName(), Map.of("content", h.content(), "structure", h.structure()));
        }
        d.put("rootHash", root);
        d.put("written", r.written().stream().map(Object::toString).toList());
        d.put("warnings", r.warnings());
        d.put("filesHashed", r.filesHashed());
        d.put("bytesHashed", r.bytesHashed());
        d.put("secondsHashing", r.hashing().toNanos() / 1e9);
        d.put("secondsInProcess", r.total().toNanos() / 1e9);
        return d;
    }

    static Map<String, Object> error(int exit, String message) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("exit", exit);
        d.put("error", message);
        return d;
    }

    static void info(History h, PrintWriter out, boolean json, boolean verbose) {
        if (json) {
            out.println(Json.write(infoDocument(h, verbose)));
            return;
        }
        info(h, out, verbose, "");
    }

    private static void info(History h, PrintWriter out, boolean verbose, String indent) {
        out.println(indent + "History of " + h.root() + ": " + h.generations().size() + " generation"
                + (h.generations().size() == 1 ? "" : "s"));
        for (History.Generation g : h.generations()) {
            Manifest m = g.manifest();
            Manifest.CreatorInfo c = m.creator();
            long files = m.entries().stream().filter(e -> e instanceof Manifest.FileEntry).count();
            out.println(indent + String.format("  Generation %d  %s  %s  %s %s  %s  %d file%s  %s", g.number(),
                    WHEN.format(c.creationDate()), c.hostName(), c.toolName(), c.toolVersion() == null ? "" : c.toolVersion(),
                    m.process().process(), files, files == 1 ? "" : "s", g.fileName()));
            if (verbose) {
                for (Manifest.Author a : c.authors()) {
                    out.println(indent + "      author    " + a.name() + (a.role() == null ? "" : " (" + a.role() + ")")
                            + (a.email() == null ? "" : " <" + a.email() + ">") + (a.phone() == null ? "" : " " + a.phone()));
                }
                if (c.location() != null) {
                    out.println(indent + "      location  " + c.location());
                }
                if (c.comment() != null) {
                    out.println(indent + "      comment   " + c.comment());
                }
                for (Manifest.DirectoryHash r : m.process().rootHashes()) {
                    out.println(indent + "      root hash " + r.format().xmlName() + " " + r.content() + " (content), "
                            + r.structure() + " (structure)");
                }
                long failed = m.entries().stream().filter(e -> e instanceof Manifest.FileEntry)
                        .flatMap(e -> ((Manifest.FileEntry) e).hashes().stream())
                        .filter(x -> x.action() == Manifest.Action.FAILED).count();
                if (failed > 0) {
                    out.println(indent + "      failed    " + failed + " hash" + (failed == 1 ? "" : "es"));
                }
                out.println(indent + "      ignore    " + String.join(" ", m.process().ignorePatterns()));
                for (Manifest.Reference ref : m.references()) {
                    out.println(indent + "      refers to " + ref.path());
                }
                out.println(indent + "      c4        " + g.c4());
            }
        }
        for (String w : h.warnings()) {
            out.println(indent + "  warning: " + w);
        }
        for (History c : h.children()) {
            info(c, out, verbose, indent + "  ");
        }
    }

    private static Map<String, Object> infoDocument(History h, boolean verbose) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("root", h.root().toString());
        List<Map<String, Object>> gens = new ArrayList<>();
        for (History.Generation g : h.generations()) {
            Manifest m = g.manifest();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("generation", g.number());
            x.put("file", g.fileName());
            x.put("c4", g.c4());
            x.put("created", m.creator().creationDate().toString());
            x.put("host", m.creator().hostName());
            x.put("tool", m.creator().toolName() + " " + m.creator().toolVersion());
            x.put("process", m.process().process());
            x.put("files", m.entries().stream().filter(e -> e instanceof Manifest.FileEntry).count());
            if (verbose) {
                x.put("authors", m.creator().authors());
                x.put("location", m.creator().location());
                x.put("comment", m.creator().comment());
                Map<String, Object> root = new LinkedHashMap<>();
                for (Manifest.DirectoryHash r : m.process().rootHashes()) {
                    root.put(r.format().xmlName(), Map.of("content", r.content(), "structure", r.structure()));
                }
                x.put("rootHash", root);
                x.put("ignore", m.process().ignorePatterns());
                x.put("references", m.references().stream().map(Manifest.Reference::path).toList());
            }
            gens.add(x);
        }
        d.put("generations", gens);
        d.put("warnings", h.warnings());
        List<Map<String, Object>> children = new ArrayList<>();
        for (History c : h.children()) {
            children.add(infoDocument(c, verbose));
        }
        d.put("children", children);
        return d;
    }

    /** The hash formats' names, for help texts. */
    static String formats() {
        return HashFormat.names();
    }
}

package org.postops.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.qc.DeliveryProfile;
import org.postops.media.qc.DeliveryProfiles;
import org.postops.media.qc.HtmlReport;
import org.postops.media.qc.ProfileException;
import org.postops.media.qc.Qc;
import org.postops.media.qc.QcException;
import org.postops.media.qc.QcReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postops qc}: checks a media file against a delivery profile. */
@Command(name = "qc", description = {"Check a media file against a delivery profile.", "",
        "Reads the file's metadata, then decodes it once running every measurement",
        "the profile needs (loudness with true peak, black, freeze, silence,",
        "clipping, luma/chroma levels, interlace) and gives each rule an outcome.",
        "Events carry the file's own timecode. Only failed rules of severity",
        "'error' fail the file; warnings are reported."},
        footer = {"", "Examples:", "  postops qc MASTER.mxf --profile uk-dpp-as11-hd",
                "  postops qc MIX.wav --profile ebu-r128 --json",
                "  postops qc MASTER.mov --profile house.yaml --report qc.html",
                "  postops qc --list-profiles", "",
                "Built-in profiles: ebu-r128, atsc-a85, netflix-loudness, uk-dpp-as11-hd,",
                "streaming-web, prores-mezzanine. Your own: YAML files in --profiles DIR",
                "(or POSTOPS_PROFILES_DIR), or a .yaml path given to --profile; the schema",
                "is in docs/delivery-profiles.md.", "",
                "Exit codes:", "  0  pass", "  1  fail (a rule of severity error failed)",
                "  2  could not check: no such file, not media, damaged or cut short, empty,",
                "     no audio for a loudness rule, unknown or malformed profile, FFmpeg",
                "     failed; or wrong usage. Never a pass."})
class QcCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The media file.")
    Path file;

    @Option(names = {"-p", "--profile"}, paramLabel = "ID|FILE.yaml", description = "The delivery profile.")
    String profile;

    @Option(names = "--profiles", paramLabel = "DIR", defaultValue = "${env:POSTOPS_PROFILES_DIR}",
            description = "A folder of your own profiles (default: $POSTOPS_PROFILES_DIR).")
    Path profiles;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Also write an HTML report.")
    Path report;

    @Option(names = "--list-profiles", description = "List the profiles and exit.")
    boolean list;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--debug", description = "Print stack traces of failures.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeliveryProfiles known;
        try {
            known = DeliveryProfiles.load(Optional.ofNullable(profiles));
            if (list) {
                for (DeliveryProfile p : known.all()) {
                    out.printf(Locale.ROOT, "%-20s %s (%d rules, %s)%n", p.id(), p.name(), p.rules().size(),
                            p.origin());
                }
                out.flush();
                return PostOps.OK;
            }
            if (file == null || profile == null) {
                err.println("postops: give a FILE and --profile ID (see 'postops qc --help')");
                return PostOps.USAGE;
            }
            DeliveryProfile chosen = known.get(profile);
            Progress progress = new Progress(err, !quiet && !json && System.console() != null);
            Ffmpeg ffmpeg = Ffmpeg.locate();
            QcReport r = new Qc(ffmpeg).check(file, chosen, progress::show);
            progress.done();
            if (report != null) {
                writeAtomically(report, HtmlReport.of(r, ffmpeg));
            }
            out.print(json ? JsonText.of(r) + "\n" : text(r));
            out.flush();
            return r.passed() ? PostOps.OK : PostOps.FOUND_PROBLEM;
        } catch (ProfileException | QcException | Ffmpeg.FfmpegMissingException e) {
            err.println("postops: " + e.getMessage() + (e instanceof QcException ? " (not checked)" : ""));
            return PostOps.USAGE;
        } catch (IOException e) {
            err.println("postops: could not write the report " + report + ": " + e.getMessage());
            return PostOps.USAGE;
        }
    }

    private static void writeAtomically(Path target, String html) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".qc-report", ".tmp");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String text(QcReport r) {
        StringBuilder b = new StringBuilder();
        b.append(r.verdict().toUpperCase(Locale.ROOT)).append("  ").append(r.file()).append(" against ")
                .append(r.profile()).append(" (").append(r.profileName()).append(")\n");
        r.loudness().ifPresent(l -> b.append(String.format(Locale.ROOT,
                "Loudness  %s LUFS integrated, LRA %s LU, true peak %s dBTP%s — %s%n", l.integratedLufs(),
                l.lraLu(), l.truePeakDbtp(), l.shortTermMaxLufs().map(s -> ", short-term max " + s + " LUFS")
                        .orElse(""), l.programme())));
        b.append("Rules\n");
        for (QcReport.RuleOutcome o : r.rules()) {
            b.append(String.format(Locale.ROOT, "  %-11s %-7s %-22s expected %-18s actual %s%s%n",
                    o.outcome().replace('_', ' '), o.severity(), o.id(), o.expected(), o.actual(),
                    o.unconfirmed() ? "  (number unconfirmed)" : ""));
        }
        if (!r.events().isEmpty()) {
            b.append("Events").append(r.timecodeRate().map(t -> " (timecode at " + t + " fps; end is the first"
                    + " frame after)").orElse(" (no timecode rate: times in seconds)")).append('\n');
            for (QcReport.Event e : r.events()) {
                b.append(String.format(Locale.ROOT, "  %-13s %s – %s  %s s%s%n", e.type(), e.start(), e.end(),
                        e.durationSeconds().setScale(2, java.math.RoundingMode.HALF_EVEN),
                        e.detail().isEmpty() ? "" : "  " + e.detail()));
            }
        }
        b.append("Checked in ").append(r.analysisSeconds()).append(" s with ").append(r.ffmpeg()).append('\n');
        return b.toString();
    }

    /** A progress bar with ETA on standard error, redrawn in place; nothing when not on a terminal. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean on;
        private final long start = System.nanoTime();
        private long lastDraw;

        Progress(PrintWriter err, boolean on) {
            this.err = err;
            this.on = on;
        }

        synchronized void show(double fraction) {
            long now = System.nanoTime();
            if (!on || now - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = now;
            double elapsed = (now - start) / 1e9;
            String eta = fraction > 0.01 ? duration(elapsed / fraction - elapsed) : "--:--";
            int width = 30;
            int filled = (int) Math.round(fraction * width);
            err.print(String.format(Locale.ROOT, "\rqc [%s%s] %3d%%  ETA %s ", "#".repeat(filled),
                    " ".repeat(width - filled), Math.round(fraction * 100), eta));
            err.flush();
        }

        void done() {
            if (on) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }

        static String duration(double seconds) {
            long s = Math.max(0, Math.round(seconds));
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
        }
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}

package org.postops.app.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.postops.app.job.JobCancelled;
import org.postops.app.job.JobOutcome;
import org.postops.app.job.JobProgress;
import org.postops.app.job.JobRun;
import org.postops.app.job.JobWork;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.MediaInfo;
import org.postops.media.qc.DeliveryProfile;
import org.postops.media.qc.HtmlReport;
import org.postops.media.qc.ProfileException;
import org.postops.media.qc.Qc;
import org.postops.media.qc.QcException;
import org.postops.media.qc.QcReport;
import org.springframework.stereotype.Component;

/**
 * One QC of an asset on a job worker: opens the file again (confined to its volume), runs the one-pass check with
 * its progress (a fraction of the programme decoded) reported as bytes of the file, writes the HTML report under
 * the data directory and stores the verdict, ending the job run with it (QcService.record): a run cancelled before
 * that stores none. A file that cannot be checked ends as "could not check", never as a pass. The reports name the
 * file, not where it is on the server.
 */
@Component
class QcWork implements JobWork {

    private final QcService qc;
    private final AssetService assets;
    private final Analysers analysers;

    QcWork(QcService qc, AssetService assets, Analysers analysers) {
        this.qc = qc;
        this.assets = assets;
        this.analysers = analysers;
    }

    @Override
    public JobOutcome run(JobRun job, JobProgress progress) throws Exception {
        QcRun run = qc.runOfJob(job.id()).orElseThrow(() -> new IllegalStateException("the QC run is gone"));
        DeliveryRepository.Place place = qc.place(run.assetId());
        AtomicReference<String> why = new AtomicReference<>();
        Optional<Path> file = assets.file(place, why::set);
        if (file.isEmpty()) {
            return notChecked(job, run, place, "The file cannot be opened: " + why.get() + ".");
        }
        DeliveryProfile profile;
        Ffmpeg ffmpeg;
        try {
            Optional<DeliveryProfile> p = analysers.profile(run.profileId());
            if (p.isEmpty()) {
                return notChecked(job, run, place, "The delivery profile '" + run.profileId() + "' is gone.");
            }
            profile = p.get();
            ffmpeg = analysers.ffmpeg();
        } catch (ProfileException e) {
            return notChecked(job, run, place, "The delivery profiles cannot be read: " + e.getMessage());
        } catch (Ffmpeg.FfmpegMissingException e) {
            return notChecked(job, run, place, "No FFmpeg on the server: " + e.getMessage());
        }
        long size = Files.size(file.get());
        Thread worker = Thread.currentThread();
        AtomicBoolean cancelled = new AtomicBoolean();
        progress.report(0, 1, 0, size);
        QcReport report;
        try {
            report = new Qc(ffmpeg).check(file.get(), profile, fraction -> {
                try {
                    progress.report(0, 1, Math.round(fraction * size), size);
                } catch (JobCancelled c) {
                    if (cancelled.compareAndSet(false, true)) {
                        // once only: ffmpeg is stopped and the check ends as "interrupted"; the reader thread may
                        // report again before it sees the end, and by then the worker may be on other work
                        worker.interrupt();
                    }
                } catch (RuntimeException ignored) {
                    // a progress write that fails (database busy) is retried at the next report
                }
            });
        } catch (QcException e) {
            Thread.interrupted();
            if (cancelled.get()) {
                throw new JobCancelled(job.id());
            }
            return notChecked(job, run, place, "Could not check: " + e.getMessage() + ".");
        }
        Thread.interrupted();
        if (cancelled.get()) {
            throw new JobCancelled(job.id());
        }
        progress.report(1, 1, size, size);
        return checked(job, run, place, file.get(), report, ffmpeg);
    }

    private JobOutcome checked(JobRun job, QcRun run, DeliveryRepository.Place place, Path file, QcReport r,
            Ffmpeg ffmpeg) throws IOException {
        // the reports name the file only: clients read them, and the server's paths are the facility's business
        MediaInfo m = r.metadata();
        MediaInfo named = new MediaInfo(place.fileName(), m.sizeBytes(), m.container(), m.durationSeconds(),
                m.startTimecode(), m.video(), m.audio(), m.other(), m.warnings());
        QcReport forHtml = new QcReport(r.verdict(), r.profile(), r.profileName(), file.toString(), r.timecodeRate(),
                r.loudness(), r.events(), r.rules(), r.shortTerm(), named, r.ffmpeg(), r.analysisSeconds());
        QcReport stored = new QcReport(r.verdict(), r.profile(), r.profileName(), place.fileName(), r.timecodeRate(),
                r.loudness(), r.events(), r.rules(), r.shortTerm(), named, r.ffmpeg(), r.analysisSeconds());
        Path html = qc.reportFile(place.productionId(), run.id());
        writeAtomically(html, HtmlReport.of(forHtml, ffmpeg));
        boolean recorded = false;
        List<QcReport.RuleOutcome> failed = r.rules().stream().filter(o -> o.outcome().equals("fail")).toList();
        int errors = (int) failed.stream().filter(o -> o.severity().equals("error")).count();
        int warned = failed.size() - errors;
        String verdict = r.passed() ? QcRun.PASS : QcRun.FAIL;
        String message;
        if (r.passed()) {
            message = "Pass against " + r.profile() + (warned > 0 ? " (" + warned + " warning"
                    + (warned == 1 ? "" : "s") + ": " + ids(failed, "warning") + ")" : "") + ".";
        } else {
            message = "Fail against " + r.profile() + ": " + ids(failed, "error") + ".";
        }
        try {
            recorded = qc.record(job, run, place, new QcService.Outcome(verdict,
                    r.loudness().map(QcReport.LoudnessFigures::integratedLufs).orElse(null),
                    r.loudness().map(QcReport.LoudnessFigures::lraLu).orElse(null),
                    r.loudness().map(QcReport.LoudnessFigures::truePeakDbtp).orElse(null), errors, warned,
                    r.events().size(), message, Json.write(stored), qc.relativeToData(html)));
        } finally {
            if (!recorded) {
                Files.deleteIfExists(html); // no run points at it
            }
        }
        if (!recorded) {
            throw new JobCancelled(job.id());
        }
        return r.passed() ? JobOutcome.succeeded(message) : JobOutcome.failed(message);
    }

    private static String ids(List<QcReport.RuleOutcome> failed, String severity) {
        return String.join(", ", failed.stream().filter(o -> o.severity().equals(severity))
                .map(o -> o.id() + " (" + o.actual() + ", expected " + o.expected() + ")").toList());
    }

    private JobOutcome notChecked(JobRun job, QcRun run, DeliveryRepository.Place place, String why) {
        if (!qc.record(job, run, place, new QcService.Outcome(QcRun.COULD_NOT_CHECK, null, null, null, null, null,
                null, why, null, null))) {
            throw new JobCancelled(job.id());
        }
        return JobOutcome.failed(why);
    }

    private static void writeAtomically(Path target, String html) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".qc-report", ".tmp");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

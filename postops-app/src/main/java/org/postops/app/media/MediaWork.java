package org.postops.app.media;

import org.postops.app.media.volume.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.postops.app.job.JobCancelled;
import org.postops.app.job.JobOutcome;
import org.postops.app.job.JobProgress;
import org.postops.app.job.JobRun;
import org.postops.app.job.JobWork;
import org.postops.app.system.Ids;
import org.postops.media.hash.HashFormat;
import org.postops.media.hash.HashingProgress;
import org.postops.media.mhl.History;
import org.postops.media.mhl.MediaHashList;
import org.postops.media.mhl.MhlException;
import org.postops.media.mhl.MhlOptions;
import org.postops.media.mhl.MhlReport.FileResult;
import org.postops.media.mhl.MhlReport.Status;
import org.postops.media.mhl.MhlReport;
import org.postops.media.mhl.manifest.Manifest;
import org.springframework.stereotype.Component;

/**
 * A seal or verify of one media folder, on a job worker: checks the folder is still inside its volume, runs the
 * ASC MHL library with its progress counter polled 4 times a second into the job run, and stores the verdict.
 * A cancelled run interrupts the hashing; the history on disk is left as it was (the library writes atomically).
 */
@Component
class MediaWork implements JobWork {

    private static final int NAMES_IN_MESSAGE = 5;

    private final MediaService media;
    private final Clock clock;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "media-progress");
        t.setDaemon(true);
        return t;
    });

    MediaWork(MediaService media, Clock clock) {
        this.media = media;
        this.clock = clock;
    }

    @Override
    public JobOutcome run(JobRun job, JobProgress progress) throws Exception {
        boolean seal = job.kind().equals(MediaService.SEAL);
        MediaRepository.Place place = media.place(job.subjectId());
        Path dir;
        try {
            dir = Locations.inside(place.volumeRoot(), place.relativePath());
        } catch (Locations.Refused r) {
            return recordFailure(job, place, seal, 40, "The folder cannot be opened: " + place.relativePath() + " "
                    + r.getMessage() + ".");
        }
        HashingProgress counted = new HashingProgress();
        MhlOptions options = new MhlOptions().progress(counted).tool("PostOps", "1").clock(clock)
                .author(job.createdBy(), null, null, null).comment("PostOps job run " + job.id());
        for (String f : place.formats()) {
            HashFormat.byName(f).ifPresent(options::format);
        }
        Thread worker = Thread.currentThread();
        Runnable report = () -> {
            try {
                progress.report(counted.files(), counted.totalFiles(), counted.bytes(), counted.totalBytes());
            } catch (JobCancelled cancelled) {
                worker.interrupt();
            } catch (RuntimeException ignored) {
                // a progress write that fails (database busy) is retried at the next tick
            }
        };
        var ticking = poller.scheduleAtFixedRate(report, 250, 250, TimeUnit.MILLISECONDS);
        MhlReport result;
        try {
            result = seal ? MediaHashList.create(dir, options) : MediaHashList.verify(dir, options);
        } catch (MhlException e) {
            return recordFailure(job, place, seal, e.exit().code(), failure(seal, e));
        } catch (NotDirectoryException | NoSuchFileException e) {
            return recordFailure(job, place, seal, 40, "The folder is not there: " + place.relativePath()
                    + " (is the volume mounted?)");
        } catch (InterruptedException e) {
            throw new JobCancelled(job.id());
        } finally {
            ticking.cancel(false);
        }
        Thread.interrupted(); // a cancel that came as the library finished: the result stands
        progress.report(counted.files(), counted.totalFiles(), counted.bytes(), counted.totalBytes());
        return recordReport(job, place, seal, dir, result);
    }

    /** "Verification cannot start: …": the library's refusal, with its exit code and what it means. */
    private static String failure(boolean seal, MhlException e) {
        String what = seal ? "Sealing" : "Verification";
        if (e.exit() == org.postops.media.mhl.MhlExit.NO_HISTORY) {
            return "Nothing to verify: the folder has no ASC MHL history yet (exit 30). Seal it first.";
        }
        return what + " stopped: " + e.exit().meaning() + " (exit " + e.exit().code() + "). " + e.getMessage();
    }

    private JobOutcome recordFailure(JobRun job, MediaRepository.Place place, boolean seal, int exit, String why) {
        MediaRun run = new MediaRun(Ids.next(), place.folderId(), job.id(), seal ? "SEAL" : "VERIFY", false, exit,
                null, 0, 0, 0, 0, 0, 0, 0, null, null, null, clip(why), clock.instant());
        media.recordRun(job, place, run, null);
        return JobOutcome.failed(why);
    }

    private JobOutcome recordReport(JobRun job, MediaRepository.Place place, boolean seal, Path dir, MhlReport r)
            throws IOException {
        long failed = r.count(Status.FAILED);
        long missing = r.count(Status.MISSING);
        long problems = r.count(Status.PROBLEM);
        long added = r.count(Status.NEW);
        boolean ok = failed == 0 && missing == 0 && problems == 0;
        Integer generation = null;
        List<Manifest.DirectoryHash> roots = r.rootHashes();
        try {
            History history = History.load(dir);
            if (!history.generations().isEmpty()) {
                History.Generation last = history.generations().get(history.generations().size() - 1);
                generation = last.number();
                // verify computes no root: it vouches for (or, failed, disputes) the latest generation's
                if (roots.isEmpty()) {
                    roots = last.manifest().process().rootHashes();
                }
            }
        } catch (MhlException e) {
            // the run's own verdict stands; only the generation number is unknown
        }
        Optional<Manifest.DirectoryHash> root = rootIn(roots, place.formats());
        String summary = summary(seal, generation, r, failed, missing, problems, added);
        MediaRun run = new MediaRun(Ids.next(), place.folderId(), job.id(), seal ? "SEAL" : "VERIFY", ok,
                r.exit().code(), generation, r.count(Status.ORIGINAL), r.count(Status.VERIFIED), failed, added, missing,
                problems, r.bytesHashed(), root.map(d -> d.format().xmlName()).orElse(null),
                root.map(Manifest.DirectoryHash::content).orElse(null),
                root.map(Manifest.DirectoryHash::structure).orElse(null), clip(summary), clock.instant());
        media.recordRun(job, place, run, files(dir, r));
        return ok ? JobOutcome.succeeded(summary) : JobOutcome.failed(summary);
    }

    /** The root hash in the folder's first format that has one. */
    private static Optional<Manifest.DirectoryHash> rootIn(List<Manifest.DirectoryHash> roots, List<String> formats) {
        for (String f : formats) {
            for (Manifest.DirectoryHash d : roots) {
                if (d.format().xmlName().equals(f) && d.content() != null) {
                    return Optional.of(d);
                }
            }
        }
        return roots.stream().filter(d -> d.content() != null).findFirst();
    }

    private static List<MediaFile> files(Path dir, MhlReport r) {
        List<MediaFile> out = new ArrayList<>();
        for (FileResult f : r.files()) {
            Long size = null;
            if (f.status() != Status.MISSING) {
                try {
                    size = Files.size(dir.resolve(f.path()));
                } catch (IOException | RuntimeException e) {
                    size = null;
                }
            }
            String status = f.status().word();
            String detail = f.detail() == null ? null : clip1000(f.detail());
            if (f.hashes().isEmpty()) {
                out.add(new MediaFile(f.path(), size, null, null, status, detail));
            }
            for (Map.Entry<HashFormat, String> h : f.hashes().entrySet()) {
                out.add(new MediaFile(f.path(), size, h.getKey().xmlName(), h.getValue(), status, detail));
            }
        }
        return out;
    }

    static String summary(boolean seal, Integer generation, MhlReport r, long failed, long missing, long problems,
            long added) {
        List<String> bad = new ArrayList<>();
        if (failed > 0) {
            bad.add(files(failed) + " not matching " + (failed == 1 ? "its" : "their") + " recorded hash: "
                    + names(r, Status.FAILED));
        }
        if (missing > 0) {
            bad.add(files(missing) + " missing: " + names(r, Status.MISSING));
        }
        if (problems > 0) {
            bad.add(files(problems) + " could not be read: " + names(r, Status.PROBLEM));
        }
        String gen = generation == null ? "" : "generation " + generation;
        if (!bad.isEmpty()) {
            return (seal ? "Generation " + (generation == null ? "" : generation + " ") + "written, but v" : "V")
                    + "erification failed: " + String.join("; ", bad) + ".";
        }
        String newFiles = added == 0 ? "" : seal ? ", " + files(added) + " new"
                : " " + capital(files(added)) + " not in the history yet: seal again to add them.";
        long original = r.count(Status.ORIGINAL);
        long verified = r.count(Status.VERIFIED);
        String size = org.postops.app.web.Formats.bytes(r.bytesHashed());
        if (seal && verified == 0) {
            return "Sealed: " + gen + ", " + files(original) + " (" + size + ").";
        }
        if (seal) {
            return capital(gen) + " written: " + files(verified) + " verified"
                    + (original > 0 ? ", " + original + " new" : "") + " (" + size + ").";
        }
        return "Verified " + gen + ": " + files(verified) + " match (" + size + ")." + newFiles;
    }

    private static String names(MhlReport r, Status s) {
        List<String> names = r.files().stream().filter(f -> f.status() == s).map(FileResult::path).toList();
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_IN_MESSAGE, names.size())));
        return names.size() > NAMES_IN_MESSAGE ? shown + " and " + (names.size() - NAMES_IN_MESSAGE) + " more" : shown;
    }

    private static String files(long n) {
        return n + (n == 1 ? " file" : " files");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String clip(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 3997) + "…";
    }

    private static String clip1000(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "…";
    }
}

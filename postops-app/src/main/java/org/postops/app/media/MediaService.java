package org.postops.app.media;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.job.JobRun;
import org.postops.app.job.JobService;
import org.postops.app.media.volume.Locations;
import org.postops.app.media.volume.Volume;
import org.postops.app.media.volume.VolumeService;
import org.postops.app.notify.Notifications;
import org.postops.app.production.ProductionService;
import org.postops.app.system.Ids;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.media.hash.HashFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Productions' media folders on the facility's volumes: registering them (the production's team), sealing and
 * verifying them as background jobs, their results and their 3-2-1 coverage. Everything follows the
 * production's confidentiality; its clients read (folders, runs, coverage) but do not change anything.
 */
@Service
public class MediaService {

    static final String SUBJECT = "media-folder";
    static final String SEAL = "media.seal";
    static final String VERIFY = "media.verify";

    private final MediaRepository media;
    private final VolumeService volumes;
    private final ProductionService productions;
    private final JobService jobs;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final int windowDays;

    MediaService(MediaRepository media, VolumeService volumes, ProductionService productions, JobService jobs, Notifications notifications,
            AuditTrail audit, Clock clock, @Value("${postops.media.verified-within-days:30}") int windowDays) {
        this.media = media;
        this.volumes = volumes;
        this.productions = productions;
        this.jobs = jobs;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.windowDays = Math.max(1, windowDays);
    }

    /** Registers a folder of the production on a volume: the production's team (WORK access) may. */
    @Transactional
    public MediaFolder register(Viewer viewer, long productionId, MediaFolderFields fields) {
        productions.access(viewer, productionId, Access.WORK);
        List<Problem.FieldError> errors = new ArrayList<>();
        Volume volume = null;
        if (fields.volumeId() == null) {
            errors.add(new Problem.FieldError("volumeId", "must name a volume"));
        } else {
            volume = volumes.find(fields.volumeId()).orElse(null);
            if (volume == null) {
                throw Problem.notFound("volume");
            }
            if (volume.retired()) {
                errors.add(new Problem.FieldError("volumeId", "'" + volume.name() + "' is retired"));
            }
        }
        String label = fields.label() == null ? "" : fields.label().strip();
        if (label.isEmpty()) {
            errors.add(new Problem.FieldError("label", "must not be blank (\"A001 camera card\", \"Conform master\")"));
        } else if (label.length() > 200) {
            errors.add(new Problem.FieldError("label", "must be at most 200 characters"));
        }
        List<String> formats = formats(fields.hashFormats(), errors);
        String relative = null;
        if (volume != null && !volume.retired()) {
            try {
                Path real = Locations.inside(volume.rootPath(), fields.relativePath());
                relative = Locations.relativeTo(volume.rootPath(), real);
            } catch (Locations.Refused r) {
                errors.add(new Problem.FieldError("relativePath", r.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        if (media.folderAt(volume.id(), relative)) {
            throw Problem.conflict("The folder " + relative + " on '" + volume.name() + "' is already registered.");
        }
        long id = Ids.next();
        media.insertFolder(id, productionId, volume.id(), relative, label, String.join(",", formats), viewer.id(),
                clock.instant());
        audit.record(new AuditTrail.Event(viewer.username(), "media-folder.registered", SUBJECT, id, productionId,
                null, Map.of("volume", volume.name(), "path", relative, "label", label, "formats", formats)));
        return get(viewer, id);
    }

    private static List<String> formats(List<String> asked, List<Problem.FieldError> errors) {
        if (asked == null || asked.isEmpty()) {
            return List.of(HashFormat.XXH128.xmlName());
        }
        Set<String> out = new LinkedHashSet<>();
        for (String name : asked) {
            HashFormat f = name == null ? null : HashFormat.byName(name.strip()).orElse(null);
            if (f == null) {
                errors.add(new Problem.FieldError("hashFormats", "unknown format '" + name + "'; one of: "
                        + HashFormat.names()));
            } else {
                out.add(f.xmlName());
            }
        }
        return List.copyOf(out);
    }

    @Transactional(readOnly = true)
    public MediaFolder get(Viewer viewer, long id) {
        MediaFolder f = media.folder(viewer, id).orElseThrow(() -> Problem.notFound("media folder"));
        return withLatest(f);
    }

    /** The folders on a volume, of the productions the viewer may see (clients: 404, as for the volume). */
    @Transactional(readOnly = true)
    public List<MediaFolder> onVolume(Viewer viewer, long volumeId) {
        volumes.get(viewer, volumeId);
        return media.foldersOnVolume(viewer, volumeId);
    }

    @Transactional(readOnly = true)
    public List<MediaFolder> ofProduction(Viewer viewer, long productionId) {
        productions.access(viewer, productionId, Access.VIEW);
        Map<Long, MediaRun> latest = latest(productionId);
        return media.folders(viewer, productionId).stream().map(f -> with(f, latest.get(f.id()))).toList();
    }

    /** Seals the folder (first run) or verifies it and writes the next generation, as a background job. */
    @Transactional
    public JobRun seal(Viewer viewer, long folderId) {
        return start(viewer, folderId, SEAL);
    }

    /** Verifies the folder against its history without writing, as a background job. */
    @Transactional
    public JobRun verify(Viewer viewer, long folderId) {
        return start(viewer, folderId, VERIFY);
    }

    private JobRun start(Viewer viewer, long folderId, String kind) {
        MediaFolder f = get(viewer, folderId);
        productions.access(viewer, f.productionId(), Access.WORK);
        if (f.volumeRetired()) {
            throw Problem.conflict("'" + f.volumeName() + "' is retired: its folders are no longer sealed or verified.");
        }
        if (jobs.ofSubject(viewer, SUBJECT, folderId).stream().anyMatch(r -> !r.finished())) {
            throw Problem.conflict("A seal or verify of '" + f.label() + "' is already queued or running.");
        }
        String title = (kind.equals(SEAL) ? (f.latestRun() == null ? "Seal " : "New generation of ") : "Verify ")
                + f.label() + " on " + f.volumeName();
        return jobs.enqueue(viewer, kind, f.productionId(), SUBJECT, folderId, title, MediaWork.class);
    }

    /** The folder's runs, newest first (the latest 100). */
    @Transactional(readOnly = true)
    public List<MediaRun> runs(Viewer viewer, long folderId) {
        get(viewer, folderId);
        return media.runs(folderId, 100);
    }

    /** The latest run's per-file results, failures first. */
    @Transactional(readOnly = true)
    public PageOf<MediaFile> files(Viewer viewer, long folderId, Paging paging) {
        get(viewer, folderId);
        return paging.of(media.files(folderId, paging.size(), (int) paging.offset()), () -> media.countFiles(folderId));
    }

    /** Background job runs of the folder (seal and verify), newest first. */
    @Transactional(readOnly = true)
    public List<JobRun> jobs(Viewer viewer, long folderId) {
        get(viewer, folderId);
        return jobs.ofSubject(viewer, SUBJECT, folderId);
    }

    /** The production's background job runs (seal and verify among them), newest first. */
    @Transactional(readOnly = true)
    public List<JobRun> productionJobs(Viewer viewer, long productionId) {
        return jobs.ofProduction(viewer, productionId);
    }

    @Transactional(readOnly = true)
    public Coverage coverage(Viewer viewer, long productionId) {
        productions.access(viewer, productionId, Access.VIEW);
        Map<Long, MediaRun> latest = latest(productionId);
        List<MediaFolder> folders = media.folders(viewer, productionId).stream().map(f -> with(f, latest.get(f.id())))
                .toList();
        return CoverageCalculator.of(productionId, folders, latest, media.fileHashes(productionId), windowDays,
                clock.instant());
    }

    public int windowDays() {
        return windowDays;
    }

    // ------------------------------------------------------------------ for the job

    MediaRepository.Place place(long folderId) {
        return media.place(folderId).orElseThrow(() -> new IllegalStateException("the media folder is gone"));
    }

    /**
     * Stores a run's verdict and files (replacing the folder's previous per-file rows), audits it, and, when it
     * failed, tells the production's supervisors and tech support.
     */
    @Transactional
    public void recordRun(JobRun job, MediaRepository.Place place, MediaRun run, List<MediaFile> files) {
        media.insertRun(run);
        if (files != null) {
            media.replaceFiles(place.folderId(), run.id(), files, Ids::next);
        }
        String action = run.ok() ? (run.action().equals("SEAL") ? "media-folder.sealed" : "media-folder.verified")
                : "media-folder.verification-failed";
        Map<String, Object> after = new HashMap<>();
        after.put("jobRun", job.id());
        after.put("generation", String.valueOf(run.generation()));
        after.put("exitCode", run.exitCode());
        after.put("summary", run.summary());
        after.put("rootHash", String.valueOf(run.rootContent()));
        audit.record(new AuditTrail.Event(job.createdByUsername(), action, SUBJECT, place.folderId(),
                place.productionId(), null, after));
        if (!run.ok()) {
            Set<Long> people = new LinkedHashSet<>(productions.memberIds(place.productionId(), MemberRole.SUPERVISOR));
            people.addAll(productions.memberIds(place.productionId(), MemberRole.TECH_SUPPORT));
            notifications.notify(people, place.productionId(), "media.verification-failed",
                    "Verification failed: " + place.label() + " — " + run.summary(), "/media-folders/" + place.folderId());
        }
    }

    private Map<Long, MediaRun> latest(long productionId) {
        Map<Long, MediaRun> latest = new HashMap<>();
        media.latestRuns(productionId).forEach(r -> latest.put(r.folderId(), r));
        return latest;
    }

    private MediaFolder withLatest(MediaFolder f) {
        return with(f, media.latestRun(f.id()).orElse(null));
    }

    private static MediaFolder with(MediaFolder f, MediaRun latest) {
        return new MediaFolder(f.id(), f.version(), f.productionId(), f.productionName(), f.volumeId(),
                f.volumeName(), f.mediaType(), f.site(), f.volumeRetired(), f.relativePath(), f.location(), f.label(),
                f.hashFormats(), f.createdAt(), latest);
    }
}

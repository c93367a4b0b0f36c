package org.postops.app.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.job.JobRun;
import org.postops.app.job.JobService;
import org.postops.app.notify.Notifications;
import org.postops.app.production.Deliverable;
import org.postops.app.production.ProductionService;
import org.postops.app.system.DataSettings;
import org.postops.app.system.Ids;
import org.postops.app.web.Problem;
import org.postops.media.qc.DeliveryProfile;
import org.postops.media.qc.ProfileException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QC of media assets against delivery profiles as background jobs: starting a run (the deliverable's profile, or
 * one chosen), each asset's history, a run's JSON and HTML reports, and each deliverable's latest verdict. A failed
 * run tells the asset's uploader and the production's supervisors. Reads follow the production's confidentiality;
 * its clients read verdicts and reports (decision 0028).
 */
@Service
public class QcService {

    static final String KIND = "delivery.qc";
    private static final int HISTORY = 100;

    /** A profile people may choose: its id and title. */
    public record ProfileChoice(String id, String name, int rules) {
    }

    private final DeliveryRepository repo;
    private final AssetService assets;
    private final ProductionService productions;
    private final JobService jobs;
    private final Analysers analysers;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path data;

    QcService(DeliveryRepository repo, AssetService assets, ProductionService productions, JobService jobs,
            Analysers analysers, Notifications notifications, AuditTrail audit, Clock clock, DataSettings.Data data) {
        this.repo = repo;
        this.assets = assets;
        this.productions = productions;
        this.jobs = jobs;
        this.analysers = analysers;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.data = data.data().toAbsolutePath().normalize();
    }

    /** The delivery profiles PostOps knows (built-in and the facility's own). */
    public List<ProfileChoice> profiles() {
        try {
            return analysers.profiles().stream().map(p -> new ProfileChoice(p.id(), p.name(), p.rules().size()))
                    .toList();
        } catch (ProfileException e) {
            throw Problem.conflict("The delivery profiles cannot be read: " + e.getMessage());
        }
    }

    /**
     * Queues a QC of the asset against {@code profileId}, or when none is given against the profile of the
     * deliverable it is attached to. The production's team may; one run of an asset at a time.
     */
    @Transactional
    public QcRun start(Viewer viewer, long assetId, Optional<String> profileId) {
        MediaAsset a = assets.get(viewer, assetId);
        productions.access(viewer, a.productionId(), Access.WORK);
        String id;
        if (profileId.isPresent() && !profileId.get().isBlank()) {
            id = profileId.get().strip();
        } else if (a.deliverableId() == null) {
            throw Problem.badField("profile", "the asset is attached to no deliverable: choose a delivery profile");
        } else if (a.deliveryProfileId() == null || a.deliveryProfileId().isBlank()) {
            throw Problem.badField("profile", "the deliverable '" + (a.deliverableName() == null ? a.deliverableId()
                    : a.deliverableName()) + "' names no delivery profile: choose one");
        } else {
            id = a.deliveryProfileId();
        }
        DeliveryProfile profile;
        try {
            profile = analysers.profile(id).orElseThrow(() -> Problem.badField("profile", "no delivery profile '"
                    + id + "'; known: " + String.join(", ", profiles().stream().map(ProfileChoice::id).toList())));
        } catch (ProfileException e) {
            throw Problem.conflict("The delivery profiles cannot be read: " + e.getMessage());
        }
        if (jobs.ofSubject(viewer, AssetService.SUBJECT, assetId).stream().anyMatch(r -> !r.finished())) {
            throw Problem.conflict("A QC of '" + a.label() + "' is already queued or running.");
        }
        JobRun job = jobs.enqueue(viewer, KIND, a.productionId(), AssetService.SUBJECT, assetId,
                "QC " + a.label() + " against " + profile.id(), QcWork.class);
        long runId = Ids.next();
        boolean forDeliverable = a.deliverableId() != null && id.equals(a.deliveryProfileId());
        repo.insertRun(runId, assetId, a.productionId(), job.id(), forDeliverable ? a.deliverableId() : null,
                profile.id(), profile.name(), viewer.id(), clock.instant());
        return run(viewer, runId);
    }

    /** The asset's runs, newest first (the latest 100). */
    @Transactional(readOnly = true)
    public List<QcRun> history(Viewer viewer, long assetId) {
        assets.get(viewer, assetId);
        return repo.runsOfAsset(assetId, HISTORY);
    }

    /** A run with its whole JSON report (once it has one). */
    @Transactional(readOnly = true)
    public QcRun run(Viewer viewer, long runId) {
        return repo.run(viewer, runId, true).orElseThrow(() -> Problem.notFound("QC run"));
    }

    /** The run's HTML report; 404 when the viewer may not see it or the run made none (not checked). */
    @Transactional(readOnly = true)
    public String htmlReport(Viewer viewer, long runId) {
        String relative = repo.htmlReport(viewer, runId).orElseThrow(() -> Problem.notFound("QC report"));
        Path file = data.resolve(relative).normalize();
        if (!file.startsWith(data)) {
            throw Problem.notFound("QC report");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw Problem.notFound("QC report");
        }
    }

    /** The job runs of an asset's QC (for live progress), newest first. */
    @Transactional(readOnly = true)
    public List<JobRun> jobs(Viewer viewer, long assetId) {
        assets.get(viewer, assetId);
        return jobs.ofSubject(viewer, AssetService.SUBJECT, assetId);
    }

    /** The production's QC job runs (others' kinds left out), newest first. */
    @Transactional(readOnly = true)
    public List<JobRun> productionJobs(Viewer viewer, long productionId) {
        return jobs.ofProduction(viewer, productionId).stream().filter(r -> r.kind().equals(KIND)).toList();
    }

    /** Each deliverable of the spec with its profile, its attached assets and its latest verdict. */
    @Transactional(readOnly = true)
    public List<DeliveryStatus> deliveries(Viewer viewer, long productionId) {
        productions.access(viewer, productionId, Access.VIEW);
        Map<Long, Deliverable> deliverables = assets.deliverables(viewer, productionId);
        Map<Long, Integer> attached = new HashMap<>();
        repo.attachedDeliverables(productionId).forEach(d -> attached.merge(d, 1, Integer::sum));
        Map<Long, QcRun> latest = new LinkedHashMap<>();
        repo.verdictsByDeliverable(productionId).forEach(r -> latest.putIfAbsent(r.deliverableId(), r));
        Set<String> known = new LinkedHashSet<>();
        try {
            analysers.profiles().forEach(p -> known.add(p.id()));
        } catch (ProfileException e) {
            // shown as unknown profiles; starting a run says why
        }
        return deliverables.values().stream().map(d -> new DeliveryStatus(d.id(), d.name(), d.format(),
                d.deliveryProfileId(), d.deliveryProfileId() != null && known.contains(d.deliveryProfileId()),
                attached.getOrDefault(d.id(), 0), latest.get(d.id()))).toList();
    }

    // ------------------------------------------------------------------ for the job

    Optional<QcRun> runOfJob(long jobRunId) {
        return repo.runOfJob(jobRunId);
    }

    DeliveryRepository.Place place(long assetId) {
        return repo.place(assetId).orElseThrow(() -> new IllegalStateException("the asset is gone"));
    }

    Path reportFile(long productionId, long runId) {
        return data.resolve("qc-reports").resolve(String.valueOf(productionId)).resolve(runId + ".html");
    }

    String relativeToData(Path file) {
        return data.relativize(file).toString().replace('\\', '/');
    }

    /** What a finished check leaves: the verdict and figures, the reports, and who to tell. */
    record Outcome(String verdict, java.math.BigDecimal integrated, java.math.BigDecimal lra,
            java.math.BigDecimal truePeak, Integer rulesFailed, Integer rulesWarned, Integer events, String message,
            String report, String htmlReport) {
    }

    /**
     * Stores the run's verdict and reports and ends its job run with them (succeeded on a pass, failed otherwise)
     * in one transaction, audits it, and when the file failed tells its uploader and the production's
     * supervisors. Stores nothing and answers false when the job run has already ended — cancelled while the
     * check ran: a cancelled run never carries a verdict, and a cancel that comes after this is refused (409).
     */
    @Transactional
    public boolean record(JobRun job, QcRun run, DeliveryRepository.Place place, Outcome o) {
        if (!jobs.finish(job.id(), o.verdict().equals(QcRun.PASS), o.message())) {
            return false;
        }
        if (!repo.finishRun(run.id(), o.verdict(), o.integrated(), o.lra(), o.truePeak(), o.rulesFailed(),
                o.rulesWarned(), o.events(), clip(o.message()), o.report(), o.htmlReport(), clock.instant())) {
            throw new IllegalStateException("QC run " + run.id() + " already has a verdict");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("qcRun", run.id());
        after.put("jobRun", job.id());
        after.put("profile", run.profileId());
        after.put("verdict", o.verdict());
        after.put("message", o.message());
        String action = switch (o.verdict()) {
            case QcRun.PASS -> "qc.passed";
            case QcRun.FAIL -> "qc.failed";
            default -> "qc.not-checked";
        };
        audit.record(new AuditTrail.Event(job.createdByUsername(), action, AssetService.SUBJECT, place.assetId(),
                place.productionId(), null, after));
        if (o.verdict().equals(QcRun.FAIL)) {
            Set<Long> people = new LinkedHashSet<>();
            people.add(place.createdBy());
            people.addAll(productions.memberIds(place.productionId(), MemberRole.SUPERVISOR));
            notifications.notify(people, place.productionId(), "delivery.qc-failed", "QC failed: " + place.label()
                    + " against " + run.profileId() + " — " + o.message(), "/assets/" + place.assetId());
        }
        return true;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "…";
    }
}

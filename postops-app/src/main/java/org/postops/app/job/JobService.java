package org.postops.app.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.scheduling.JobScheduler;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Viewer;
import org.postops.app.production.ProductionService;
import org.postops.app.system.Ids;
import org.postops.app.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Background jobs. An area enqueues work (a {@link JobWork} bean and the id of what it works on) as a job run;
 * JobRunr hands the run to a worker after the enqueuing transaction commits; the work reports progress and
 * ends the run. People see a run when they may see its production (decision 0026).
 */
@Service
public class JobService {

    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    /** Progress is written at most this often per run (4 a second): hashing reports far more often. */
    static final long WRITE_EVERY_NANOS = 250_000_000L;
    private static final int LIST_LIMIT = 50;

    /** The last progress a run reported, and when it was last written. */
    private static final class Reported {
        volatile long files;
        volatile long filesTotal;
        volatile long bytes;
        volatile long bytesTotal;
        volatile long writtenAt;
        volatile boolean unwritten;
    }

    private final JobRepository runs;
    private final ProductionService productions;
    private final ApplicationContext context;
    private final Clock clock;
    private final String node;
    private final Instant bootedAt;
    private final Map<Long, Reported> reported = new ConcurrentHashMap<>();
    private JobScheduler scheduler;

    JobService(JobRepository runs, ProductionService productions, ApplicationContext context, Clock clock,
            @Value("${postops.jobs.node:}") String node) {
        this.runs = runs;
        this.productions = productions;
        this.context = context;
        this.clock = clock;
        this.node = node == null || node.isBlank() ? JobSettings.hostName() : node.strip();
        this.bootedAt = clock.instant();
    }

    /** JobRunr's scheduler is looked up late: it is built after the services that enqueue through it. */
    private JobScheduler scheduler() {
        if (scheduler == null) {
            scheduler = context.getBean(JobScheduler.class);
        }
        return scheduler;
    }

    /**
     * Queues {@code work} on {@code subjectType}/{@code subjectId} (of {@code productionId}, or of none) as a new
     * run. The caller has checked the viewer may start it; the run is handed to a worker once the current
     * transaction commits (at once when there is none), so a refused command leaves no job behind.
     */
    @Transactional
    public JobRun enqueue(Viewer viewer, String kind, Long productionId, String subjectType, long subjectId,
            String title, Class<? extends JobWork> work) {
        if (productionId != null) {
            productions.access(viewer, productionId, Access.VIEW);
        }
        JobWork bean = context.getBean(work);
        long id = Ids.next();
        runs.insert(id, kind, productionId, subjectType, subjectId, title, work.getName(), bean.shownToClients(),
                viewer.id(), clock.instant());
        Runnable hand = () -> {
            scheduler().<JobDispatcher>enqueue(d -> d.run(id));
            nudge();
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hand.run();
                }
            });
        } else {
            hand.run();
        }
        return get(viewer, id);
    }

    /**
     * Asks this node's JobRunr workers to look for new work now rather than at their next poll (every 5 s at
     * the shortest): JobRunr onboards work whenever a worker turns idle, so this reports one busy-then-idle
     * worker. Polling still finds the run if this cannot (another node, a server not started yet).
     */
    private void nudge() {
        try {
            org.jobrunr.server.BackgroundJobServer server = context.getBeanProvider(
                    org.jobrunr.server.BackgroundJobServer.class).getIfAvailable();
            if (server != null && server.isRunning()) {
                server.getJobSteward().notifyThreadOccupied();
                server.getJobSteward().notifyThreadIdle();
            }
        } catch (RuntimeException e) {
            LOG.debug("could not nudge the job workers; they will poll", e);
        }
    }

    /** A run the viewer may see; 404 otherwise. */
    @Transactional(readOnly = true)
    public JobRun get(Viewer viewer, long id) {
        return runs.find(viewer, id, clock.instant()).orElseThrow(() -> Problem.notFound("job run"));
    }

    /** The latest runs (50, newest first) on one subject that the viewer may see. */
    @Transactional(readOnly = true)
    public List<JobRun> ofSubject(Viewer viewer, String subjectType, long subjectId) {
        return runs.ofSubject(viewer, subjectType, subjectId, LIST_LIMIT, clock.instant());
    }

    /** The latest runs (50, newest first) of a production; 404 when the viewer may not see it. */
    @Transactional(readOnly = true)
    public List<JobRun> ofProduction(Viewer viewer, long productionId) {
        productions.access(viewer, productionId, Access.VIEW);
        return runs.ofProduction(viewer, productionId, LIST_LIMIT, clock.instant());
    }

    /**
     * Reports progress. Written at most 4 times a second per run (the last report is always written when the
     * run finishes). Throws {@link JobCancelled} when a write finds the run no longer running.
     */
    public void progress(long runId, long files, long filesTotal, long bytes, long bytesTotal) {
        Reported r = reported.computeIfAbsent(runId, k -> new Reported());
        r.files = files;
        r.filesTotal = filesTotal;
        r.bytes = bytes;
        r.bytesTotal = bytesTotal;
        long now = System.nanoTime();
        if (r.writtenAt != 0 && now - r.writtenAt < WRITE_EVERY_NANOS) {
            r.unwritten = true;
            return;
        }
        r.writtenAt = now;
        r.unwritten = false;
        if (!runs.progress(runId, files, filesTotal, bytes, bytesTotal)) {
            throw new JobCancelled(runId);
        }
    }

    /**
     * Ends a run that is queued or running: SUCCEEDED or FAILED with the sentence people read. Returns false when
     * the run had already ended (cancelled meanwhile). Work that stores a result calls this itself, in the
     * transaction that stores it, and stores nothing on false: the run's row stays locked until that commits, so
     * a cancel and a result never both land (the dispatcher's own call afterwards then changes nothing).
     */
    public boolean finish(long runId, boolean ok, String message) {
        Reported r = reported.remove(runId);
        if (r != null && r.unwritten) {
            runs.progress(runId, r.files, r.filesTotal, r.bytes, r.bytesTotal);
        }
        return runs.finish(runId, ok ? JobStatus.SUCCEEDED : JobStatus.FAILED, clip(message), clock.instant());
    }

    /**
     * Whether the viewer may cancel the run (shown or not as a button on pages): its starter, an administrator
     * or a manager of its production. The one place this rule lives; the viewer must be able to see the run.
     */
    public boolean mayCancel(Viewer viewer, JobRun run) {
        if (run.createdById() == viewer.id() || viewer.isAdmin()) {
            return true;
        }
        if (run.productionId() == null) {
            return false;
        }
        return ConfidentialityPolicy.allows(viewer, productions.access(viewer, run.productionId(), Access.VIEW)
                .myRole(), Access.MANAGE);
    }

    /**
     * Cancels a queued or running run ({@link #mayCancel}: 403 otherwise, 404 when the viewer may not see it;
     * 409 once it has ended, also when it ended while this was asked). Running work stops at its next progress
     * report.
     */
    @Transactional
    public JobRun cancel(Viewer viewer, long id) {
        JobRun run = get(viewer, id);
        if (!mayCancel(viewer, run)) {
            throw Problem.forbidden(run.productionId() == null
                    ? "Only who started this job, or an administrator, can cancel it."
                    : "Only who started this job, an administrator or a manager of its production can cancel it.");
        }
        if (run.finished() || !runs.finish(id, JobStatus.CANCELLED, "Cancelled by " + viewer.displayName() + ".",
                clock.instant())) {
            throw alreadyEnded(get(viewer, id));
        }
        return get(viewer, id);
    }

    private static Problem alreadyEnded(JobRun run) {
        return Problem.conflict("This job has already " + switch (run.status()) {
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            default -> "been cancelled";
        } + ".");
    }

    /** The dispatcher's side: marks a queued run running on this node; false when it was cancelled meanwhile. */
    boolean start(long runId) {
        return runs.start(runId, node, clock.instant());
    }

    java.util.Optional<JobRepository.Stored> stored(long runId) {
        return runs.stored(runId, clock.instant());
    }

    /**
     * Runs this node was running when it stopped can never finish: JobRunr does not retry them (retries are
     * off, work is not idempotent), so they are marked FAILED with a sentence saying so when the server is up.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void failInterrupted() {
        int failed = runs.failInterrupted(node, bootedAt, "The server stopped while this job ran (it was "
                + "interrupted, not finished). Run it again.", clock.instant());
        if (failed > 0) {
            LOG.warn("{} job run(s) interrupted by a server stop marked failed", failed);
        }
    }

    /**
     * This node's heartbeat, then the runs of nodes silent for longer than {@code timeout} marked FAILED: JobRunr
     * never retries a run (retries are off), so a run whose server died would otherwise stay "running" until that
     * server came back. Called by {@link JobHeartbeat} every quarter of the timeout.
     */
    public int beatAndFailSilentNodes(Duration timeout) {
        Instant now = clock.instant();
        runs.beat(node, now);
        int failed = runs.failOfSilentNodes(node, now.minus(timeout), "The server running this job (",
                ") stopped answering for over " + (timeout.toSeconds() % 60 == 0 && timeout.toMinutes() > 1
                        ? timeout.toMinutes() + " minutes" : timeout.toSeconds() + " seconds")
                        + ", so the job did not finish. "
                        + "Run it again.", now);
        if (failed > 0) {
            LOG.warn("{} job run(s) of a server that stopped answering marked failed", failed);
        }
        return failed;
    }

    String node() {
        return node;
    }

    private static String clip(String message) {
        if (message == null) {
            return null;
        }
        return message.length() <= 4000 ? message : message.substring(0, 3997) + "…";
    }
}

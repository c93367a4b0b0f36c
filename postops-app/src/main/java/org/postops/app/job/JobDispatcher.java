package org.postops.app.job;

import java.util.Optional;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What JobRunr calls on a worker: the run id is all it stores. Marks the run running, calls its work and ends
 * the run with the outcome; nothing is thrown back to JobRunr, so it never retries work that is not idempotent.
 */
@Component
public class JobDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);

    private final JobService jobs;
    private final ApplicationContext context;

    JobDispatcher(JobService jobs, ApplicationContext context) {
        this.jobs = jobs;
        this.context = context;
    }

    @Job(name = "PostOps job run %0", retries = 0)
    public void run(long runId) {
        Optional<JobRepository.Stored> stored = jobs.stored(runId);
        if (stored.isEmpty()) {
            LOG.warn("job run {} is gone; nothing to do", runId);
            return;
        }
        if (!jobs.start(runId)) {
            return; // cancelled while queued
        }
        JobRun run = jobs.stored(runId).orElseThrow().run();
        try {
            JobWork work = (JobWork) context.getBean(Class.forName(stored.get().work()));
            JobOutcome outcome = work.run(run, (files, filesTotal, bytes, bytesTotal) -> jobs.progress(runId, files,
                    filesTotal, bytes, bytesTotal));
            jobs.finish(runId, outcome.ok(), outcome.message());
        } catch (JobCancelled cancelled) {
            jobs.finish(runId, false, null); // already CANCELLED: this only drops what it remembered
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.warn("job run {} ({}) failed", runId, run.kind(), e);
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            jobs.finish(runId, false, "Failed: " + why);
        }
    }
}

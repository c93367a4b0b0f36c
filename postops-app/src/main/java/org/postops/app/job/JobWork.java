package org.postops.app.job;

/**
 * A kind of background work: a Spring bean the job dispatcher looks up by its class when a worker picks the run
 * up. It reads what it works on from the run's subject id (only ids travel through JobRunr), reports progress,
 * and returns how it ended; an exception fails the run with the exception's message.
 */
public interface JobWork {

    JobOutcome run(JobRun run, JobProgress progress) throws Exception;

    /**
     * Whether the production's clients may see runs of this kind (when they may see the production). Work of
     * the support desk (kit, tickets) says false.
     */
    default boolean shownToClients() {
        return true;
    }
}

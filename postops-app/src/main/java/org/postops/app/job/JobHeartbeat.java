package org.postops.app.job;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's sign of life in {@code job_node} and fails the runs of nodes that went silent (decision 0026):
 * every quarter of {@code postops.jobs.node-timeout-seconds} (default 120 s) on one daemon thread, from the moment
 * the server is up until it stops. A beat that fails (the database briefly away) is logged and tried again at the
 * next one: the others only give up on this node after four missed beats.
 */
@Component
class JobHeartbeat implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(JobHeartbeat.class);

    private final JobService jobs;
    private final Duration timeout;
    private ScheduledExecutorService timer;

    JobHeartbeat(JobService jobs, @Value("${postops.jobs.node-timeout-seconds:120}") long timeoutSeconds) {
        this.jobs = jobs;
        this.timeout = Duration.ofSeconds(Math.max(20, timeoutSeconds));
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "postops-job-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = timeout.toMillis() / 4;
        timer.scheduleWithFixedDelay(this::beat, 0, every, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            jobs.beatAndFailSilentNodes(timeout);
        } catch (RuntimeException e) {
            LOG.warn("job heartbeat failed; trying again in {} s", timeout.toSeconds() / 4, e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}

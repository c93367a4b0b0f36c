package org.postops.app.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * A job kind for tests only: the subject id picks a plan (steps, outcome) a test registered beforehand. A
 * step is one file of 1,000 bytes; a latch can hold the work running until the test lets it go.
 */
@Component
class TestWork implements JobWork {

    record Plan(int steps, String outcome, CountDownLatch hold) {
    }

    static final Map<Long, Plan> PLANS = new ConcurrentHashMap<>();
    static final Map<Long, Integer> STEPS_DONE = new ConcurrentHashMap<>();

    @Override
    public JobOutcome run(JobRun run, JobProgress progress) throws Exception {
        Plan plan = PLANS.get(run.subjectId());
        for (int i = 1; i <= plan.steps(); i++) {
            if (plan.hold() != null && i == 2) {
                plan.hold().await(30, TimeUnit.SECONDS);
            }
            progress.report(i, plan.steps(), i * 1000L, plan.steps() * 1000L);
            STEPS_DONE.put(run.subjectId(), i);
            Thread.sleep(5);
        }
        return switch (plan.outcome()) {
            case "ok" -> JobOutcome.succeeded("Done: " + plan.steps() + " steps.");
            case "fail" -> JobOutcome.failed("2 files failed verification: A001/clip.mov, A001/sound.wav");
            default -> throw new IllegalStateException("the volume went away");
        };
    }
}

package org.postops.app.ticket.sla;

import java.time.Instant;

/**
 * A ticket's service clocks as the API and pages show them: per clock, the target, the time counted, what is
 * left (negative once breached), when it is due, and its state. Minutes are working minutes on the facility
 * calendar unless {@code roundTheClock}.
 */
public record ServiceLevel(boolean roundTheClock, Clock response, Clock resolution, boolean breached,
        boolean nearBreach) {

    /** One clock. state: running, paused (waiting on the requester), met, or missed (stopped after its target). */
    public record Clock(long targetMinutes, long elapsedMinutes, long remainingMinutes, Instant due, String state,
            boolean breached, boolean nearBreach) {

        static Clock of(ServiceClock.Measure m) {
            String state = m.stopped() ? (m.breached() ? "missed" : "met") : m.running() ? "running" : "paused";
            return new Clock(m.targetMinutes(), m.elapsedMinutes(), m.remainingMinutes(), m.due(), state,
                    m.breached(), m.nearBreach());
        }
    }

    public static ServiceLevel of(ServiceClock.Clocks c) {
        return new ServiceLevel(c.roundTheClock(), Clock.of(c.response()), Clock.of(c.resolution()), c.breached(),
                c.nearBreach());
    }
}

package org.postops.app.ticket.sla;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.postops.app.ticket.TicketStatus;
import org.postops.planning.WorkCalendar;

/**
 * Works out a ticket's service clocks from its history, and nothing else: pure, so its figures can be proven.
 *
 * <p>Both clocks count from the raise. The first-response clock stops at the first response; the resolution
 * clock counts only the time spent in states where it runs ({@link TicketStatus#clockRuns()}: not while waiting
 * on the requester, not once resolved; a reopened ticket picks up where it left off). Time is working time on
 * the facility calendar, or every minute for targets set round the clock. A clock is due when its counted time
 * reaches the target; while it is paused the due instant is the one it would have if it resumed now, so a pause
 * only ever moves it later.
 */
public final class ServiceClock {

    /** From {@code at}, the ticket was in {@code status}. */
    public record Span(Instant at, TicketStatus status) {
    }

    /** One clock now: target, time counted, when it is (or was) due, and whether it has stopped. */
    public record Measure(long targetMinutes, long elapsedMinutes, Instant due, boolean stopped, boolean running) {

        public long remainingMinutes() {
            return targetMinutes - elapsedMinutes;
        }

        public boolean breached() {
            return elapsedMinutes > targetMinutes;
        }

        /** Three quarters of the target used, not yet breached, and still counting (or paused). */
        public boolean nearBreach() {
            return !breached() && !stopped && elapsedMinutes * 4 >= targetMinutes * 3;
        }

        /** Paused: open, but not counting. */
        public boolean paused() {
            return !stopped && !running;
        }
    }

    /** Both clocks of a ticket. */
    public record Clocks(Measure response, Measure resolution, boolean roundTheClock) {

        public boolean breached() {
            return response.breached() || resolution.breached();
        }

        public boolean nearBreach() {
            return !breached() && (response.nearBreach() || resolution.nearBreach());
        }
    }

    private final WorkCalendar calendar;

    public ServiceClock(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The clocks at {@code now}.
     *
     * @param history       the ticket's states in order, the first one at its raise
     * @param firstResponse when someone other than the requester first changed its status or wrote an update
     */
    public Clocks measure(ServiceTargets.Target target, List<Span> history, Optional<Instant> firstResponse,
            Instant now) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a ticket's history starts with its raise");
        }
        boolean allHours = target.roundTheClock();
        Instant raised = history.get(0).at();
        Measure response;
        if (firstResponse.isPresent()) {
            Instant answered = firstResponse.get().isBefore(raised) ? raised : firstResponse.get();
            response = clock(List.of(new Span(raised, TicketStatus.NEW), new Span(answered, TicketStatus.CLOSED)),
                    target.responseMinutes(), allHours, max(answered, now));
        } else {
            response = clock(List.of(new Span(raised, TicketStatus.NEW)), target.responseMinutes(), allHours, now);
        }
        return new Clocks(response, clock(history, target.resolutionMinutes(), allHours, now), allHours);
    }

    private Measure clock(List<Span> history, long target, boolean allHours, Instant now) {
        long counted = 0;
        Instant due = null;
        for (int i = 0; i < history.size(); i++) {
            Span span = history.get(i);
            if (!span.status().clockRuns()) {
                continue;
            }
            Instant from = span.at();
            Instant to = i + 1 < history.size() ? history.get(i + 1).at() : now;
            if (!to.isAfter(from)) {
                continue;
            }
            long minutes = minutes(from, to, allHours);
            if (due == null && counted < target && counted + minutes >= target) {
                due = add(from, target - counted, allHours);
            }
            counted += minutes;
        }
        TicketStatus last = history.get(history.size() - 1).status();
        boolean stopped = !last.open();
        boolean running = !stopped && last.clockRuns();
        if (due == null && !stopped) {
            Instant from = history.get(history.size() - 1).at();
            due = add(max(from, now), target - counted, allHours);
        }
        return new Measure(target, counted, due, stopped, running);
    }

    private long minutes(Instant from, Instant to, boolean allHours) {
        if (allHours) {
            return ChronoUnit.MINUTES.between(wholeMinute(from), wholeMinute(to));
        }
        return calendar.workingMinutesBetween(from.atZone(calendar.zone()), to.atZone(calendar.zone()));
    }

    private Instant add(Instant from, long minutes, boolean allHours) {
        if (allHours) {
            return wholeMinute(from).plus(minutes, ChronoUnit.MINUTES);
        }
        return calendar.add(from.atZone(calendar.zone()), minutes).toInstant();
    }

    /** The whole minute at or after {@code t}, as the working calendar takes instants. */
    private static Instant wholeMinute(Instant t) {
        Instant down = t.truncatedTo(ChronoUnit.MINUTES);
        return down.equals(t) ? t : down.plus(1, ChronoUnit.MINUTES);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

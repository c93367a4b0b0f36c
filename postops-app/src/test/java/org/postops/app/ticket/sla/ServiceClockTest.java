package org.postops.app.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.postops.app.ticket.Severity;
import org.postops.app.ticket.TicketStatus;
import org.postops.app.ticket.sla.ServiceClock.Clocks;
import org.postops.app.ticket.sla.ServiceClock.Span;
import org.postops.planning.WorkCalendar;

/** The service clocks on the default facility calendar: London, 09:00–18:00, lunch 13:00–14:00. */
class ServiceClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ServiceClock CLOCK = new ServiceClock(WorkCalendar.englandAndWales());
    private static final ServiceTargets.Target P1 = ServiceTargets.Settings.DEFAULTS.get(Severity.P1);
    private static final ServiceTargets.Target P2 = ServiceTargets.Settings.DEFAULTS.get(Severity.P2);

    /** Wall-clock time in London; March 2026 is GMT, no bank holiday. Fri 6 Mar, Mon 9 Mar, Tue 10 Mar. */
    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute).atZone(LONDON).toInstant();
    }

    private static List<Span> raised(Instant at) {
        return List.of(new Span(at, TicketStatus.NEW));
    }

    @Test
    void aP2RaisedFridayAtFiveIsDueMondayAtTenAndResolvedByMondayAtFive() {
        Clocks c = CLOCK.measure(P2, raised(at(6, 17, 0)), Optional.empty(), at(6, 17, 0));
        assertThat(c.response().due()).isEqualTo(at(9, 10, 0));
        // Friday 17–18 is 1 h, Monday 09–13 is 4 h, lunch does not count, 14–17 is the last 3 h
        assertThat(c.resolution().due()).isEqualTo(at(9, 17, 0));
        assertThat(c.response().elapsedMinutes()).isZero();
        assertThat(c.resolution().remainingMinutes()).isEqualTo(480);
    }

    @Test
    void theWeekendAndLunchDoNotCount() {
        Instant now = at(9, 14, 30);
        Clocks c = CLOCK.measure(P2, raised(at(6, 17, 0)), Optional.empty(), now);
        // Friday 17–18 (60) + Monday 09–13 (240) + 14:00–14:30 (30)
        assertThat(c.resolution().elapsedMinutes()).isEqualTo(330);
        assertThat(c.resolution().remainingMinutes()).isEqualTo(150);
        assertThat(c.response().breached()).as("2 h target, 5 h 30 min counted").isTrue();
        assertThat(c.resolution().nearBreach()).as("330 of 480 is under three quarters").isFalse();
        assertThat(c.breached()).isTrue();
    }

    @Test
    void aResponseBeforeLunchThatCrossesItIsDueAfterIt() {
        Clocks c = CLOCK.measure(P2, raised(at(9, 12, 0)), Optional.empty(), at(9, 12, 0));
        assertThat(c.response().due()).isEqualTo(at(9, 15, 0));
    }

    @Test
    void aFirstResponseStopsTheResponseClock() {
        Clocks c = CLOCK.measure(P2, raised(at(9, 9, 0)), Optional.of(at(9, 10, 30)), at(10, 17, 0));
        assertThat(c.response().elapsedMinutes()).isEqualTo(90);
        assertThat(c.response().stopped()).isTrue();
        assertThat(c.response().breached()).isFalse();
        assertThat(c.response().nearBreach()).as("stopped clocks are never near").isFalse();
        assertThat(c.response().due()).as("met: never reached its target").isNull();
    }

    @Test
    void waitingOnTheRequesterPausesTheResolutionClock() {
        List<Span> history = List.of(new Span(at(9, 9, 0), TicketStatus.NEW),
                new Span(at(9, 10, 0), TicketStatus.WAITING_ON_REQUESTER),
                new Span(at(9, 14, 0), TicketStatus.IN_PROGRESS));
        Clocks c = CLOCK.measure(P2, history, Optional.of(at(9, 10, 0)), at(9, 15, 0));
        // ran 09–10 and 14–15
        assertThat(c.resolution().elapsedMinutes()).isEqualTo(120);
        // 7 h left from 14:00: 14–18 and Tuesday 09–12
        assertThat(c.resolution().due()).isEqualTo(at(10, 12, 0));
    }

    @Test
    void whilePausedTheDueInstantIsAsIfItResumedNow() {
        List<Span> history = List.of(new Span(at(9, 9, 0), TicketStatus.NEW),
                new Span(at(9, 10, 0), TicketStatus.WAITING_ON_REQUESTER));
        Clocks c = CLOCK.measure(P2, history, Optional.of(at(9, 10, 0)), at(10, 9, 0));
        assertThat(c.resolution().elapsedMinutes()).isEqualTo(60);
        assertThat(c.resolution().paused()).isTrue();
        assertThat(c.resolution().due()).isEqualTo(at(10, 17, 0));
    }

    @Test
    void waitingOnAVendorDoesNotPause() {
        List<Span> history = List.of(new Span(at(9, 9, 0), TicketStatus.NEW),
                new Span(at(9, 10, 0), TicketStatus.WAITING_ON_VENDOR),
                new Span(at(9, 14, 0), TicketStatus.IN_PROGRESS));
        Clocks c = CLOCK.measure(P2, history, Optional.of(at(9, 10, 0)), at(9, 15, 0));
        assertThat(c.resolution().elapsedMinutes()).isEqualTo(300);
        assertThat(c.resolution().due()).isEqualTo(at(9, 18, 0));
    }

    @Test
    void aP1RunsRoundTheClock() {
        Instant saturdayNight = at(7, 2, 0);
        Clocks c = CLOCK.measure(P1, raised(saturdayNight), Optional.empty(), at(7, 5, 0));
        assertThat(c.roundTheClock()).isTrue();
        assertThat(c.response().due()).isEqualTo(at(7, 2, 30));
        assertThat(c.response().breached()).isTrue();
        assertThat(c.resolution().due()).isEqualTo(at(7, 6, 0));
        assertThat(c.resolution().elapsedMinutes()).isEqualTo(180);
        assertThat(c.resolution().remainingMinutes()).isEqualTo(60);
        assertThat(c.resolution().nearBreach()).as("3 h of 4").isTrue();
    }

    @Test
    void resolvingStopsTheClockAndReopeningPicksItUpAgain() {
        List<Span> history = List.of(new Span(at(7, 0, 0), TicketStatus.NEW),
                new Span(at(7, 1, 0), TicketStatus.RESOLVED),
                new Span(at(7, 10, 0), TicketStatus.IN_PROGRESS));
        Clocks resolved = CLOCK.measure(P1, history.subList(0, 2), Optional.of(at(7, 0, 10)), at(7, 9, 0));
        assertThat(resolved.resolution().stopped()).isTrue();
        assertThat(resolved.resolution().elapsedMinutes()).isEqualTo(60);
        assertThat(resolved.breached()).isFalse();
        Clocks reopened = CLOCK.measure(P1, history, Optional.of(at(7, 0, 10)), at(7, 12, 0));
        assertThat(reopened.resolution().elapsedMinutes()).isEqualTo(180);
        // 1 h before it was resolved, 2 h since it was reopened at 10:00: the last hour runs to 13:00
        assertThat(reopened.resolution().due()).isEqualTo(at(7, 13, 0));
        assertThat(reopened.resolution().breached()).isFalse();
        assertThat(reopened.resolution().nearBreach()).isTrue();
    }

    @Test
    void aBreachedClockWasDueWhenItCrossedItsTarget() {
        Clocks c = CLOCK.measure(P2, raised(at(9, 9, 0)), Optional.empty(), at(10, 17, 0));
        assertThat(c.resolution().due()).isEqualTo(at(9, 18, 0));
        assertThat(c.resolution().breached()).isTrue();
        // Monday 8 h and Tuesday 09:00–17:00 less lunch, 7 h
        assertThat(c.resolution().remainingMinutes()).isEqualTo(480 - 900);
    }

    /** Any history (statuses held for given minutes), with and without its waits on the requester. */
    @Property
    void pausingNeverMakesATicketDueEarlier(@ForAll @Size(max = 8) List<@IntRange(max = 6) Integer> statuses,
            @ForAll @Size(max = 8) List<@IntRange(min = 1, max = 3000) Integer> minutes,
            @ForAll @IntRange(max = 10_000) int startMinute, @ForAll boolean roundTheClock,
            @ForAll @IntRange(max = 20_000) int nowAfter) {
        ServiceTargets.Target target = roundTheClock ? P1 : P2;
        Instant start = at(2, 0, 0).plusSeconds(60L * startMinute);
        List<Span> paused = new ArrayList<>(raised(start));
        List<Span> unpaused = new ArrayList<>(raised(start));
        Instant t = start;
        for (int i = 0; i < Math.min(statuses.size(), minutes.size()); i++) {
            t = t.plusSeconds(60L * minutes.get(i));
            TicketStatus s = TicketStatus.values()[statuses.get(i)];
            paused.add(new Span(t, s));
            unpaused.add(new Span(t, s == TicketStatus.WAITING_ON_REQUESTER ? TicketStatus.IN_PROGRESS : s));
        }
        Instant now = t.plusSeconds(60L * nowAfter);
        Clocks withPauses = CLOCK.measure(target, paused, Optional.empty(), now);
        Clocks without = CLOCK.measure(target, unpaused, Optional.empty(), now);
        assertThat(withPauses.resolution().elapsedMinutes()).isLessThanOrEqualTo(without.resolution().elapsedMinutes());
        // no due instant: resolved before reaching the target, the latest a ticket can be due
        if (withPauses.resolution().due() == null) {
            assertThat(withPauses.resolution().stopped()).isTrue();
        } else {
            assertThat(without.resolution().due()).as("paused %s, unpaused %s", paused, unpaused).isNotNull()
                    .isBeforeOrEqualTo(withPauses.resolution().due());
        }
    }
}

package org.postops.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.skill.SkillCategory;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * History brought in from elsewhere (the demo): a ticket's changes as of past instants give the timeline, first
 * response and clocks of when they happened, read back over the API; out-of-order or future instants are refused
 * before anything is written. "Now" is the server's clock, which other tests may have moved on.
 */
class TicketHistoryAsOfTest extends ServerTest {

    @Autowired
    TicketService tickets;

    private static Viewer viewer(Account a, Role role) {
        return new Viewer(a.id(), a.username(), "Test " + a.username(), role, ZoneId.of("UTC"));
    }

    @Test
    void aTicketHandledInTimeDaysAgoShowsItsClocksMetAndItsTimelineThen() {
        Account requesterAccount = facility.staff();
        Account engineerAccount = facility.person("support");
        Viewer requester = viewer(requesterAccount, Role.STAFF);
        Viewer engineer = viewer(engineerAccount, Role.SUPPORT);
        Instant raised = CLOCK.instant().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        String summary = "Scopes freeze " + Api.unique();
        long id = tickets.raiseAsOf(requester, new TicketFields(summary, "Scopes stop updating", null, Severity.P2,
                SkillCategory.GRADING, List.of(), null, List.of()), raised).id();

        tickets.assignAsOf(engineer, id, engineerAccount.username(), null, raised.plus(Duration.ofMinutes(5)));
        tickets.moveAsOf(engineer, id, TicketStatus.IN_PROGRESS, "On it", raised.plus(Duration.ofMinutes(6)));
        Ticket.Option option = tickets.addOptionAsOf(engineer, id, new TicketService.OptionFields(OptionKind.REPAIR,
                "Reseat the SDI card", null, null, 0, 20, null), raised.plus(Duration.ofMinutes(10)));
        tickets.chooseOptionAsOf(engineer, id, option.id(), "Quickest", raised.plus(Duration.ofMinutes(11)));

        assertThatThrownBy(() -> tickets.moveAsOf(engineer, id, TicketStatus.WAITING_ON_VENDOR, null,
                raised.plus(Duration.ofMinutes(7)))).as("before the last thing that happened")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tickets.resolveAsOf(engineer, id, new TicketService.ResolutionFields("Reseated",
                ResolutionKind.FIX, null, null, null, null, null), CLOCK.instant().plus(Duration.ofHours(1))))
                .as("in the future").isInstanceOf(IllegalArgumentException.class);
        assertThat(tickets.get(engineer, id).status()).as("nothing written by either").isEqualTo(TicketStatus.IN_PROGRESS);

        tickets.resolveAsOf(engineer, id, new TicketService.ResolutionFields("Reseated the SDI card",
                ResolutionKind.FIX, null, null, null, raised.plus(Duration.ofMinutes(40)), null),
                raised.plus(Duration.ofMinutes(45)));
        tickets.rateAsOf(requester, id, 5, "Thanks", raised.plus(Duration.ofHours(2)));

        JsonNode t = api.get(requesterAccount.token(), "/api/v1/tickets/" + id).json();
        assertThat(Instant.parse(t.get("firstResponseAt").asString())).isEqualTo(raised.plus(Duration.ofMinutes(6)));
        JsonNode clocks = t.get("serviceLevel");
        assertThat(clocks.get("response").get("state").asString()).isEqualTo("met");
        assertThat(clocks.get("resolution").get("state").asString()).isEqualTo("met");
        assertThat(clocks.get("resolution").get("elapsedMinutes").asLong()).isLessThanOrEqualTo(45);
        assertThat(clocks.get("breached").asBoolean()).isFalse();
        JsonNode resolution = t.get("resolution");
        assertThat(Instant.parse(resolution.get("resolvedAt").asString())).isEqualTo(raised.plus(Duration.ofMinutes(45)));
        assertThat(Instant.parse(resolution.get("ratedAt").asString())).isEqualTo(raised.plus(Duration.ofHours(2)));
        List<String> timeline = t.get("timeline").valueStream().map(e -> e.get("kind").asString() + "@"
                + Duration.between(raised, Instant.parse(e.get("at").asString())).toMinutes()).toList();
        assertThat(timeline).containsExactly("raised@0", "assigned@5", "status@6", "option@10", "option-chosen@11",
                "resolved@45", "rated@120");
    }
}

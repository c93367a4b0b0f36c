package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Ics;
import org.postops.app.support.ServerTest;

/**
 * The calendar feed lives outside {@code /api} (calendar programs fetch {@code /calendar/<secret>.ics}),
 * so the OpenAPI walkers never reach it: this walks it by hand. People who must not know of a restricted
 * production find nothing of it in their feed, even with a task there reopened and still assigned to them.
 */
class CalendarFeedConfidentialityTest extends ServerTest {

    @Test
    void aFeedNamesNothingOfARestrictedProductionItsOwnerMayNotSee() {
        SecretProduction s = new SecretProduction(api, facility);
        long bittern = s.tasks.get(0);
        // finished when the outsider left the team; reopened since, still theirs, with a due date
        assertThat(api.patch(s.owner.token(), "/api/v1/tasks/" + bittern, Map.of("status", "in_progress")).status())
                .isEqualTo(200);
        assertThat(api.get(s.owner.token(), "/api/v1/tasks/" + bittern).json().get("assignees").toString())
                .contains(s.outsider.username());

        for (Account viewer : List.of(s.outsider, s.client)) {
            Api.Response feed = fetch(issue(viewer));
            assertThat(feed.status()).isEqualTo(200);
            s.assertHidden("the calendar feed of " + viewer.username(), feed);
            assertThat(Ics.parse(feed.body()).events()).as("feed of %s", viewer.username()).isEmpty();
        }

        // the filter is what hid it: back on the team, the same task is in the same feed
        facility.member(s.owner, s.id, s.outsider, "editor");
        Api.Response again = fetch(issue(s.outsider));
        assertThat(Ics.parse(again.body()).event("task-" + bittern + "@postops")).isNotNull();
        assertThat(again.body()).contains("Bittern task " + s.tag);
    }

    @Test
    void secretsThatOpenNothingAreAnsweredAlikeAndSayNothing() {
        Account someone = facility.staff();
        String revoked = issue(someone);
        assertThat(api.delete(someone.token(), "/api/v1/me/calendar-feed").status()).isEqualTo(204);
        String rotatedAway = issue(someone);
        issue(someone);
        List<String> shapes = List.of(revoked, rotatedAway, api.base() + "/calendar/cal_" + "x".repeat(43) + ".ics",
                api.base() + "/calendar/anything.ics").stream().map(this::fetch)
                .map(r -> r.status() + " " + r.header("Content-Type") + " " + r.header("Set-Cookie") + " [" + r.body() + "]")
                .distinct().toList();
        assertThat(shapes).containsExactly("404 null null []");
    }

    private String issue(Account who) {
        Api.Response r = api.post(who.token(), "/api/v1/me/calendar-feed", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("url").asString();
    }

    private Api.Response fetch(String url) {
        return api.get(null, url.substring(api.base().length()));
    }
}

package org.postops.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertProblem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Ics;
import org.postops.app.support.ServerTest;
import org.springframework.http.MediaType;

class CalendarFeedApiTest extends ServerTest {

    private static final String FEED = "/api/v1/me/calendar-feed";
    private static final LocalDate SOON = LocalDate.now().plusDays(20);

    @Test
    void theFeedHoldsMyOpenDatedTasksEscapedAndFoldedAndNoOneElses() {
        Account sup = facility.staff();
        Account me = facility.staff();
        Account other = facility.staff();
        String u = Api.unique();
        String productionName = "Harbour, Lights; " + u;
        long production = facility.production(sup, Map.of("name", productionName)).get("id").asLong();
        facility.member(sup, production, me, "editor");
        facility.member(sup, production, other, "editor");
        String tricky = "Grade, conform; reel\\1 " + u + "\nthen the second line";
        long mine = task(sup, production, tricky, SOON, List.of(me), "todo");
        String longTitle = "Étalonnage — bobine 🎬 " + u + " " + "très long titre ".repeat(8).strip();
        long mineLong = task(sup, production, longTitle, SOON.plusDays(3), List.of(me, other), "in_progress");
        long undated = task(sup, production, "Undated " + u, null, List.of(me), "todo");
        long finished = task(sup, production, "Finished " + u, SOON, List.of(me), "done");
        long theirs = task(sup, production, "Theirs " + u, SOON, List.of(other), "todo");
        long nobodys = task(sup, production, "Nobody's " + u, SOON, List.of(), "todo");

        String url = issue(me);
        Api.Response r = fetch(url);

        assertThat(r.status()).isEqualTo(200);
        MediaType type = MediaType.parseMediaType(r.header("Content-Type"));
        assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
        assertThat(type.getCharset()).hasToString("UTF-8");
        assertThat(r.header("Cache-Control")).contains("no-store");
        assertThat(r.header("Set-Cookie")).as("no session for a calendar program").isNull();
        Ics ics = Ics.parse(r.body());
        List<Ics.Line> lines = ics.lines();
        assertThat(lines.get(0)).isEqualTo(new Ics.Line("BEGIN", "", "VCALENDAR"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(new Ics.Line("END", "", "VCALENDAR"));
        assertThat(ics.calendar("VERSION").value()).isEqualTo("2.0");
        assertThat(ics.calendar("PRODID").value()).contains("PostOps");
        assertThat(ics.calendar("X-WR-CALNAME").text()).isEqualTo("PostOps — Test " + me.username());

        assertThat(ics.events()).extracting(e -> e.get("UID").value())
                .containsExactly("task-" + mine + "@postops", "task-" + mineLong + "@postops");
        Map<String, Ics.Line> event = ics.event("task-" + mine + "@postops");
        assertThat(event.get("SUMMARY").text()).isEqualTo(tricky + " — " + productionName);
        assertThat(event.get("SUMMARY").value()).as("escaped on the wire")
                .startsWith("Grade\\, conform\\; reel\\\\1 " + u + "\\nthen the second line — Harbour\\, Lights\\; ");
        assertThat(event.get("DTSTART")).isEqualTo(new Ics.Line("DTSTART", "VALUE=DATE", basic(SOON)));
        assertThat(event.get("DTEND")).isEqualTo(new Ics.Line("DTEND", "VALUE=DATE", basic(SOON.plusDays(1))));
        assertThat(event.get("DTSTAMP").value()).matches("\\d{8}T\\d{6}Z");
        assertThat(event.get("URL").value()).isEqualTo(api.base() + "/tasks/" + mine);
        assertThat(event.get("DESCRIPTION").text()).startsWith("Status: To do\nProduction: " + productionName);
        Map<String, Ics.Line> folded = ics.event("task-" + mineLong + "@postops");
        assertThat(folded.get("SUMMARY").text()).isEqualTo(longTitle + " — " + productionName);
        assertThat(folded.get("DESCRIPTION").text()).startsWith("Status: In progress");
        assertThat(r.body()).as("the long title was folded").contains("\r\n ");
        assertThat(r.body()).doesNotContain("task-" + undated + "@", "task-" + finished + "@", "task-" + theirs + "@",
                "task-" + nobodys + "@");

        Ics theirFeed = Ics.parse(fetch(issue(other)).body());
        assertThat(theirFeed.events()).extracting(e -> e.get("UID").value())
                .containsExactly("task-" + theirs + "@postops", "task-" + mineLong + "@postops");
    }

    @Test
    void rotatingMakesTheOldAddressNotFoundAndRevokingTheNewOne() {
        Account me = facility.staff();
        assertThat(api.get(me.token(), FEED).json().get("active").asBoolean()).isFalse();

        Api.Response made = api.post(me.token(), FEED, null);
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.header("Location")).endsWith(FEED);
        assertThat(made.header("Cache-Control")).contains("no-store");
        assertThat(made.json().get("replaced").asBoolean()).isFalse();
        String first = made.json().get("url").asString();
        assertThat(first).matches(java.util.regex.Pattern.quote(api.base()) + "/calendar/cal_[A-Za-z0-9_-]{43}\\.ics");
        assertThat(fetch(first).status()).isEqualTo(200);

        var state = api.get(me.token(), FEED).json();
        assertThat(state.get("active").asBoolean()).isTrue();
        String prefix = state.get("prefix").asString();
        assertThat(first).contains("/calendar/" + prefix);
        assertThat(state.get("urlPrefix").asString()).isEqualTo(api.base() + "/calendar/" + prefix);
        assertThat(state.get("lastFetchedAt").isNull()).as("fetched once: %s", state).isFalse();
        assertThat(state.toString()).as("the secret is never shown again").doesNotContain(first.substring(first.length() - 30));

        Api.Response rotated = api.post(me.token(), FEED, null);
        assertThat(rotated.json().get("replaced").asBoolean()).isTrue();
        String second = rotated.json().get("url").asString();
        assertThat(second).isNotEqualTo(first);
        assertNotFound(fetch(first));
        assertThat(fetch(second).status()).isEqualTo(200);

        assertThat(api.delete(me.token(), FEED).status()).isEqualTo(204);
        assertNotFound(fetch(second));
        assertThat(api.get(me.token(), FEED).json().get("active").asBoolean()).isFalse();
        assertThat(api.delete(me.token(), FEED).status()).as("revoking nothing is no error").isEqualTo(204);

        var audit = api.get(facility.admin(), "/api/v1/audit?actor=" + me.username()).json().get("items");
        assertThat(audit.valueStream().map(e -> e.get("action").asString()))
                .contains("calendar-feed.created", "calendar-feed.rotated", "calendar-feed.revoked");
        assertThat(audit.toString()).doesNotContain(first.substring(first.length() - 30), second.substring(second.length() - 30));
    }

    @Test
    void wrongMalformedAndRevokedSecretsAreAllTheSameBareNotFound() {
        Account me = facility.staff();
        String url = issue(me);
        api.delete(me.token(), FEED);
        String revoked = url.substring(api.base().length());
        String wrong = "/calendar/cal_" + "A".repeat(43) + ".ics";
        for (String path : List.of(revoked, wrong, "/calendar/cal_short.ics", "/calendar/pops_" + "A".repeat(43) + ".ics",
                "/calendar/%2e%2e.ics")) {
            Api.Response r = api.get(null, path);
            assertThat(r.status()).as(path).isIn(400, 404);
            if (r.status() == 404) {
                assertNotFound(r);
            }
        }
        assertNotFound(api.get(null, revoked));
        assertThat(api.get(null, "/calendar/").status()).as("nothing else under /calendar is open")
                .isIn(302, 404);
    }

    @Test
    void theApiForTheFeedNeedsSigningIn() {
        assertProblem(api.get(null, FEED), 401);
        assertProblem(api.post(null, FEED, null), 401);
        assertProblem(api.delete(null, FEED), 401);
    }

    @Test
    void aDeactivatedPersonsFeedIsNotFound() {
        Account me = facility.staff();
        String url = issue(me);
        assertThat(fetch(url).status()).isEqualTo(200);
        var user = api.get(facility.admin(), "/api/v1/users/" + me.id()).json();
        Api.Response off = api.put(facility.admin(), "/api/v1/users/" + me.id(), Map.of("displayName",
                user.get("displayName").asString(), "email", user.get("email").asString(), "timeZone", "Europe/London",
                "role", "staff", "active", false));
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertNotFound(fetch(url));
    }

    @Test
    void someoneTakenOffARestrictedProductionNoLongerFindsItsTasksInTheirFeed() {
        Account sup = facility.staff();
        Account me = facility.staff();
        String u = Api.unique();
        long secret = facility.production(sup, Map.of("name", "Kestrel " + u, "confidentiality", "restricted"))
                .get("id").asLong();
        facility.member(sup, secret, me, "editor");
        long task = task(sup, secret, "Merlin " + u, SOON, List.of(me), "todo");
        String url = issue(me);
        assertThat(fetch(url).body()).contains("Merlin " + u, "Kestrel " + u);

        // finished, so they may leave the team; then someone reopens it, still assigned to them
        assertThat(api.patch(sup.token(), "/api/v1/tasks/" + task, Map.of("status", "done")).status()).isEqualTo(200);
        assertThat(api.delete(sup.token(), "/api/v1/productions/" + secret + "/members/" + me.username()).status())
                .isEqualTo(204);
        assertThat(api.patch(sup.token(), "/api/v1/tasks/" + task, Map.of("status", "todo")).status()).isEqualTo(200);
        assertThat(api.get(sup.token(), "/api/v1/tasks/" + task).json().get("assignees").toString())
                .contains(me.username());

        String body = fetch(url).body();
        assertThat(Ics.parse(body).events()).isEmpty();
        assertThat(body).doesNotContain("Merlin", "Kestrel", Long.toString(task), Long.toString(secret));

        facility.member(sup, secret, me, "editor");
        assertThat(fetch(url).body()).as("back on the team, back in the feed").contains("Merlin " + u);
    }

    @Test
    void milestonesOfMyProductionsAppearDoneOrNotAndOnlyForTheTeam() {
        Account sup = facility.staff();
        Account me = facility.staff();
        Account outsider = facility.staff();
        String u = Api.unique();
        long production = facility.production(sup, Map.of("name", "Milestones " + u)).get("id").asLong();
        facility.member(sup, production, me, "editor");
        long lock = facility.task(sup, production, Map.of("title", "Picture lock " + u, "milestone", true,
                "dueDate", SOON.toString())).get("id").asLong();
        long reached = facility.task(sup, production, Map.of("title", "Turnover " + u, "milestone", true,
                "dueDate", SOON.minusDays(40).toString(), "status", "done")).get("id").asLong();
        long alsoMine = facility.task(sup, production, Map.of("title", "Delivery " + u, "milestone", true,
                "dueDate", SOON.plusDays(30).toString(), "assignees", List.of(me.username()))).get("id").asLong();
        task(sup, production, "Plain task " + u, null, List.of(me), "todo"); // no date: not on a calendar

        Ics ics = Ics.parse(fetch(issue(me)).body());
        assertThat(ics.events()).extracting(e -> e.get("UID").value()).containsExactly("task-" + reached + "@postops",
                "task-" + lock + "@postops", "task-" + alsoMine + "@postops");
        Map<String, Ics.Line> event = ics.event("task-" + lock + "@postops");
        assertThat(event.get("SUMMARY").text()).isEqualTo("Milestone: Picture lock " + u + " — Milestones " + u);
        assertThat(event.get("DTSTART").value()).isEqualTo(basic(SOON));
        assertThat(event.get("CATEGORIES").text()).isEqualTo("Milestone");
        assertThat(ics.event("task-" + alsoMine + "@postops").get("SUMMARY").text())
                .as("assigned and a milestone: once, as a milestone").startsWith("Milestone: ");
        assertThat(Ics.parse(fetch(issue(outsider)).body()).events()).as("not on the team").isEmpty();
    }

    private long task(Account who, long production, String title, LocalDate due, List<Account> assignees,
            String status) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("title", title, "status", status,
                "assignees", assignees.stream().map(Account::username).toList()));
        if (due != null) {
            fields.put("dueDate", due.toString());
        }
        return facility.task(who, production, fields).get("id").asLong();
    }

    private String issue(Account who) {
        Api.Response r = api.post(who.token(), FEED, null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("url").asString();
    }

    private Api.Response fetch(String url) {
        assertThat(url).startsWith(api.base() + "/calendar/");
        return api.get(null, url.substring(api.base().length()));
    }

    private static void assertNotFound(Api.Response r) {
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).as("a bare 404 says nothing").isEmpty();
    }

    private static String basic(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}

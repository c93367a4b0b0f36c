package org.postops.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Jobs;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Background job runs over real HTTP: they run on JobRunr's workers, report progress, and stay confidential. */
class JobRunTest extends ServerTest {

    @Autowired
    JobService jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    private static Viewer viewer(Account a, Role role) {
        return new Viewer(a.id(), a.username(), "Test " + a.username(), role, ZoneId.of("UTC"));
    }

    private long plan(int steps, String outcome, CountDownLatch hold) {
        long subject = org.postops.app.system.Ids.next();
        TestWork.PLANS.put(subject, new TestWork.Plan(steps, outcome, hold));
        return subject;
    }

    @Test
    void aRunGoesFromQueuedToSucceededWithItsProgressAtTheEnd() {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        long subject = plan(40, "ok", null);
        JobRun queued = jobs.enqueue(viewer(owner, Role.STAFF), "test.work", production, "test", subject,
                "Count to forty", TestWork.class);
        assertThat(queued.status()).isEqualTo(JobStatus.QUEUED);

        JsonNode done = Jobs.await(api, owner.token(), queued.id());
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("message").asString()).isEqualTo("Done: 40 steps.");
        assertThat(done.get("filesDone").asLong()).isEqualTo(40);
        assertThat(done.get("filesTotal").asLong()).isEqualTo(40);
        assertThat(done.get("bytesDone").asLong()).isEqualTo(40_000);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("startedAt").isNull()).isFalse();
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(done.get("createdBy").asString()).isEqualTo("Test " + owner.username());

        Api.Response list = api.get(owner.token(), "/api/v1/productions/" + production + "/jobs");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("id").asLong()).isEqualTo(queued.id());
        assertThat(jobs.ofSubject(viewer(owner, Role.STAFF), "test", subject)).extracting(JobRun::id)
                .containsExactly(queued.id());
    }

    @Test
    void workThatFailsOrThrowsEndsFailedWithItsReason() {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        JobRun failed = jobs.enqueue(viewer(owner, Role.STAFF), "test.work", production, "test",
                plan(3, "fail", null), "Verify", TestWork.class);
        JobRun threw = jobs.enqueue(viewer(owner, Role.STAFF), "test.work", production, "test",
                plan(3, "throw", null), "Verify", TestWork.class);

        JsonNode f = Jobs.await(api, owner.token(), failed.id());
        assertThat(f.get("status").asString()).isEqualTo("failed");
        assertThat(f.get("message").asString()).contains("A001/clip.mov");
        JsonNode t = Jobs.await(api, owner.token(), threw.id());
        assertThat(t.get("status").asString()).isEqualTo("failed");
        assertThat(t.get("message").asString()).isEqualTo("Failed: the volume went away");
    }

    @Test
    void theProgressFragmentPollsWhileRunningAndStopsWhenDone() throws Exception {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        CountDownLatch hold = new CountDownLatch(1);
        long subject = plan(4, "ok", hold);
        JobRun run = jobs.enqueue(viewer(owner, Role.STAFF), "test.work", production, "test", subject,
                "Seal A001", TestWork.class);
        WebSession web = WebSession.signIn(api, owner);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!api.get(owner.token(), "/api/v1/jobs/" + run.id()).json().get("status").asString()
                .equals("running")) {
            assertThat(System.nanoTime()).as("the run starts").isLessThan(until);
            Thread.sleep(50);
        }
        Api.Response running = web.get("/jobs/" + run.id() + "/progress");
        assertThat(running.status()).isEqualTo(200);
        assertThat(running.body()).contains("hx-trigger=\"every 1s\"").contains("Seal A001")
                .contains("1 of 4 files").contains("<progress");
        hold.countDown();
        Jobs.await(api, owner.token(), run.id());
        Api.Response finished = web.get("/jobs/" + run.id() + "/progress");
        assertThat(finished.body()).doesNotContain("hx-trigger").contains("Succeeded").contains("4 of 4 files");
    }

    @Test
    void aRunningJobCanBeCancelledAndStopsAtItsNextReport() throws Exception {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        CountDownLatch hold = new CountDownLatch(1);
        long subject = plan(50, "ok", hold);
        JobRun run = jobs.enqueue(viewer(owner, Role.STAFF), "test.work", production, "test", subject,
                "Long", TestWork.class);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!TestWork.STEPS_DONE.containsKey(subject)) {
            assertThat(System.nanoTime()).as("the run starts").isLessThan(until);
            Thread.sleep(20);
        }
        Account stranger = facility.staff();
        assertThat(api.post(stranger.token(), "/api/v1/jobs/" + run.id() + "/cancel", Map.of()).status())
                .isEqualTo(403);
        Api.Response cancelled = api.post(owner.token(), "/api/v1/jobs/" + run.id() + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        Thread.sleep(300); // past the progress write throttle, so its next report is written (and refused)
        hold.countDown();
        JsonNode end = Jobs.await(api, owner.token(), run.id());
        assertThat(end.get("status").asString()).isEqualTo("cancelled");
        Thread.sleep(500);
        assertThat(TestWork.STEPS_DONE.get(subject)).as("the work stopped").isLessThan(50);
        assertThat(api.post(owner.token(), "/api/v1/jobs/" + run.id() + "/cancel", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void thePageOffersCancelToThoseWhoMayAndShowsTheRunCancelled() throws Exception {
        Account owner = facility.staff(); // the production's supervisor
        long production = facility.production(owner, Map.of("confidentiality", "restricted")).get("id").asLong();
        Account starter = facility.staff();
        Account teammate = facility.staff();
        Account client = facility.client();
        facility.member(owner, production, starter, "editor");
        facility.member(owner, production, teammate, "editor");
        facility.member(owner, production, client, "client");
        Account outsider = facility.staff();
        CountDownLatch hold = new CountDownLatch(1);
        long subject = plan(50, "ok", hold);
        JobRun run = jobs.enqueue(viewer(starter, Role.STAFF), "test.work", production, "test", subject,
                "Seal B002", TestWork.class);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!TestWork.STEPS_DONE.containsKey(subject)) {
            assertThat(System.nanoTime()).as("the run starts").isLessThan(until);
            Thread.sleep(20);
        }
        String fragment = "/jobs/" + run.id() + "/progress";
        String cancel = "/jobs/" + run.id() + "/cancel";
        Map<String, String> htmx = Map.of("HX-Request", "true");
        try {
            // the starter and a manager of the production see the button; a teammate and a client see none
            WebSession starterWeb = WebSession.signIn(api, starter);
            for (WebSession may : List.of(starterWeb, WebSession.signIn(api, owner))) {
                assertThat(may.get(fragment).body()).contains("action=\"" + cancel + "\"").contains(">Cancel<")
                        .contains("hx-post=\"" + cancel + "\"");
            }
            WebSession teammateWeb = WebSession.signIn(api, teammate);
            for (WebSession mayNot : List.of(teammateWeb, WebSession.signIn(api, client))) {
                Api.Response seen = mayNot.get(fragment);
                assertThat(seen.status()).isEqualTo(200);
                assertThat(seen.body()).contains("Seal B002").doesNotContain(cancel).doesNotContain(">Cancel<");
            }
            // asking anyway is refused (403 for whoever sees the run, 404 for whoever may not know of it)
            Api.Response refused = teammateWeb.post("/", cancel, Map.of(), htmx);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("HX-Retarget")).isEqualTo("#problem");
            WebSession outsiderWeb = WebSession.signIn(api, outsider);
            assertThat(outsiderWeb.get(fragment).status()).isEqualTo(404);
            assertThat(outsiderWeb.post("/", cancel, Map.of(), htmx).status()).isEqualTo(404);
            assertThat(outsiderWeb.post("/", cancel, Map.of()).status()).isEqualTo(404);
            assertThat(api.get(owner.token(), "/api/v1/jobs/" + run.id()).json().get("status").asString())
                    .isEqualTo("running");

            // the starter cancels: the fragment comes back cancelled, no longer polling, with no button
            Api.Response cancelled = starterWeb.post(fragment, cancel, Map.of(), htmx);
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
            assertThat(cancelled.body()).contains("id=\"job-" + run.id() + "\"").contains(">Cancelled<")
                    .contains("Cancelled by Test " + starter.username() + ".").doesNotContain("hx-trigger")
                    .doesNotContain(cancel);
            assertThat(api.get(owner.token(), "/api/v1/jobs/" + run.id()).json().get("status").asString())
                    .isEqualTo("cancelled");
            Api.Response again = starterWeb.post("/", cancel, Map.of(), htmx);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body()).contains("already been cancelled");
        } finally {
            hold.countDown();
        }
        assertThat(Jobs.await(api, owner.token(), run.id()).get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void withoutScriptCancelGoesBackToThePageItWasOn() throws Exception {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        CountDownLatch hold = new CountDownLatch(1);
        long subject = plan(50, "ok", hold);
        JobRun run = jobs.enqueue(viewer(owner, Role.STAFF), "test.work", production, "test", subject,
                "Verify C003", TestWork.class);
        WebSession web = WebSession.signIn(api, owner);
        String cancel = "/jobs/" + run.id() + "/cancel";
        String page = "/productions/" + production + "/media";
        try {
            Api.Response back = web.post(page, cancel, Map.of(), Map.of("Referer", api.base() + page + "?x=1"));
            assertThat(back.status()).isEqualTo(302);
            assertThat(back.header("Location")).endsWith(page + "?x=1");
            assertThat(api.get(owner.token(), "/api/v1/jobs/" + run.id()).json().get("status").asString())
                    .isEqualTo("cancelled");
            // a second press says why it did nothing; a Referer elsewhere never leads off this server
            Api.Response second = web.post(page, cancel, Map.of(), Map.of("Referer", api.base() + page));
            assertThat(second.header("Location")).endsWith(page);
            assertThat(web.get(page).body()).contains("This job has already been cancelled.");
            Api.Response elsewhere = web.post(page, cancel, Map.of(), Map.of("Referer", "https://evil.example//x"));
            assertThat(elsewhere.status()).isEqualTo(302);
            assertThat(elsewhere.header("Location").replace(api.base(), "")).isEqualTo("/");
        } finally {
            hold.countDown();
        }
        assertThat(JobPages.back("//evil.example/x")).isEqualTo("/x");
        assertThat(JobPages.back(null)).isEqualTo("/");
        assertThat(JobPages.back("http://localhost:8080/assets/7")).isEqualTo("/assets/7");
    }

    @Test
    void outsidersOfARestrictedProductionSeeNoneOfItsRuns() {
        Account owner = facility.staff();
        long secret = facility.production(owner, Map.of("confidentiality", "restricted")).get("id").asLong();
        JobRun run = jobs.enqueue(viewer(owner, Role.STAFF), "test.work", secret, "test", plan(1, "ok", null),
                "Seal secret card", TestWork.class);
        Jobs.await(api, owner.token(), run.id());
        for (Account outsider : new Account[] {facility.staff(), facility.client(), facility.person("support")}) {
            assertThat(api.get(outsider.token(), "/api/v1/jobs/" + run.id()).status()).isEqualTo(404);
            assertThat(api.get(outsider.token(), "/api/v1/productions/" + secret + "/jobs").status()).isEqualTo(404);
            assertThat(api.post(outsider.token(), "/api/v1/jobs/" + run.id() + "/cancel", Map.of()).status())
                    .isEqualTo(404);
            assertThat(WebSession.signIn(api, outsider).get("/jobs/" + run.id() + "/progress").status())
                    .isEqualTo(404);
        }
        assertThat(api.get(owner.token(), "/api/v1/jobs/" + org.postops.app.system.Ids.next()).status())
                .isEqualTo(404);
        assertThat(api.get(facility.admin(), "/api/v1/jobs/" + run.id()).status()).isEqualTo(200);
    }

    @Test
    void runsAServerStopInterruptedAreMarkedFailedOnStart() {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        long id = org.postops.app.system.Ids.next();
        OffsetDateTime before = Instant.now().minus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into job_run (id, kind, production_id, subject_type, subject_id, title, status, files_done,
                    files_total, bytes_done, bytes_total, work, client_visible, node, created_by, created_at,
                    started_at, version)
                values (?, 'test.work', ?, 'test', 1, 'Interrupted', 'RUNNING', 3, 10, 0, 0, ?, true, ?, ?, ?, ?, 0)""")
                .params(id, production, TestWork.class.getName(), jobs.node(), owner.id(), before, before).update();
        long otherNode = org.postops.app.system.Ids.next();
        jdbc.sql("""
                insert into job_run (id, kind, production_id, subject_type, subject_id, title, status, files_done,
                    files_total, bytes_done, bytes_total, work, client_visible, node, created_by, created_at,
                    started_at, version)
                values (?, 'test.work', ?, 'test', 1, 'Elsewhere', 'RUNNING', 3, 10, 0, 0, ?, true, 'another-node',
                        ?, ?, ?, 0)""")
                .params(otherNode, production, TestWork.class.getName(), owner.id(), before, before).update();
        heartbeat("another-node", clock.instant()); // alive: its long run is its own business

        jobs.failInterrupted();

        JsonNode failed = api.get(owner.token(), "/api/v1/jobs/" + id).json();
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("message").asString()).contains("server stopped while this job ran");
        assertThat(failed.get("finishedAt").isNull()).isFalse();
        assertThat(api.get(owner.token(), "/api/v1/jobs/" + otherNode).json().get("status").asString())
                .as("another node's run is its own business").isEqualTo("running");
    }

    @Test
    void aSilentNodesRunsAreFailedByTheNodesStillUpAndALiveNodesAreNot() {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        Instant now = clock.instant();
        OffsetDateTime started = now.minus(Duration.ofMinutes(30)).atOffset(ZoneOffset.UTC);
        String silent = "silent-" + org.postops.app.system.Ids.next();
        String alive = "alive-" + org.postops.app.system.Ids.next();
        String unknown = "never-beat-" + org.postops.app.system.Ids.next();
        heartbeat(silent, now.minus(Duration.ofMinutes(10)));
        heartbeat(alive, now.minus(Duration.ofSeconds(20)));
        long ofSilent = running(production, owner, silent, started);
        long ofAlive = running(production, owner, alive, started);
        long ofUnknown = running(production, owner, unknown, started);
        long justStarted = running(production, owner, unknown + "-b", now.atOffset(ZoneOffset.UTC));
        long mine = running(production, owner, jobs.node(), started);

        jobs.beatAndFailSilentNodes(Duration.ofMinutes(2)); // (the server's own heartbeat may have come first)

        JsonNode failed = api.get(owner.token(), "/api/v1/jobs/" + ofSilent).json();
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("message").asString()).contains("(" + silent + ") stopped answering", "Run it again");
        assertThat(api.get(owner.token(), "/api/v1/jobs/" + ofUnknown).json().get("status").asString())
                .as("a node that never gave a sign of life in the window").isEqualTo("failed");
        assertThat(api.get(owner.token(), "/api/v1/jobs/" + ofAlive).json().get("status").asString())
                .isEqualTo("running");
        assertThat(api.get(owner.token(), "/api/v1/jobs/" + justStarted).json().get("status").asString())
                .as("started within the window: its node may not have beaten yet").isEqualTo("running");
        assertThat(api.get(owner.token(), "/api/v1/jobs/" + mine).json().get("status").asString())
                .as("this node's own runs are never failed by the sweep").isEqualTo("running");
        assertThat(jdbc.sql("select heartbeat_at from job_node where node = ?").param(jobs.node())
                .query(OffsetDateTime.class).single().toInstant()).isAfterOrEqualTo(now);
        // the sweep again finds nothing more to do with these
        jobs.beatAndFailSilentNodes(Duration.ofMinutes(2));
        assertThat(api.get(owner.token(), "/api/v1/jobs/" + ofSilent).json().get("message").asString())
                .isEqualTo(failed.get("message").asString());
        for (long id : List.of(ofAlive, justStarted, mine)) {
            jdbc.sql("update job_run set status = 'CANCELLED', finished_at = started_at where id = ?").param(id)
                    .update();
        }
    }

    private long running(long production, Account owner, String node, OffsetDateTime started) {
        long id = org.postops.app.system.Ids.next();
        jdbc.sql("""
                insert into job_run (id, kind, production_id, subject_type, subject_id, title, status, files_done,
                    files_total, bytes_done, bytes_total, work, client_visible, node, created_by, created_at,
                    started_at, version)
                values (?, 'test.work', ?, 'test', 1, 'Far away', 'RUNNING', 3, 10, 0, 0, ?, true, ?, ?, ?, ?, 0)""")
                .params(id, production, TestWork.class.getName(), node, owner.id(), started, started).update();
        return id;
    }

    private void heartbeat(String node, Instant at) {
        jdbc.sql("delete from job_node where node = ?").param(node).update();
        jdbc.sql("insert into job_node (node, heartbeat_at) values (?, ?)").params(node,
                at.atOffset(ZoneOffset.UTC)).update();
    }
}

package org.postops.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postops.app.PostOpsApplication;
import org.postops.app.access.Confidentiality;
import org.postops.app.access.MemberRole;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.load.LoadReport;
import org.postops.app.load.LoadService;
import org.postops.app.production.Member;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionSummary;
import org.postops.app.schedule.ProductionSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.support.Api;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskSummary;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code postops serve --demo} on a fresh data directory of its own (the shared test server has no
 * demo data): what loads, who sees it, and that a second start leaves it alone.
 */
@SpringBootTest(classes = PostOpsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoFacilityTest {

    private static final Path DATA;
    private static final String PG_URL = ServerTest.freshPostgresDatabase();

    static {
        try {
            DATA = Files.createTempDirectory("postops-demo-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("postops.data", DATA::toString);
        registry.add("postops.demo", () -> "true");
        ServerTest.usePostgres(registry, PG_URL);
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoFacility facility;

    @Autowired
    ProductionService productions;

    @Autowired
    TaskService tasks;

    @Autowired
    UserService users;

    @Autowired
    LoadService load;

    @Autowired
    ScheduleService schedules;

    @Autowired
    org.postops.app.ticket.TicketService tickets;

    Api api;
    Viewer admin;

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port);
        admin = users.findByUsername("admin").orElseThrow().asViewer();
    }

    @Test
    void loadsThreeProductionsWithTheirConfidentiality() {
        Map<String, ProductionSummary> all = byName(admin);
        assertThat(all).containsOnlyKeys("The Lantern House", "The Salt Roads", "Harbour Coffee: First Light (30s)");
        assertThat(all.get("The Lantern House").confidentiality()).isEqualTo(Confidentiality.RESTRICTED);
        assertThat(all.get("The Lantern House").codename()).isEqualTo("MOTH");
        assertThat(all.get("The Salt Roads").confidentiality()).isEqualTo(Confidentiality.STANDARD);
        assertThat(all.get("Harbour Coffee: First Light (30s)").confidentiality()).isEqualTo(Confidentiality.STANDARD);

        Map<String, MemberRole> commercialTeam = team(all.get("Harbour Coffee: First Light (30s)").id());
        assertThat(commercialTeam).containsEntry("claire.donovan", MemberRole.CLIENT);
        assertThat(team(all.get("The Lantern House").id())).doesNotContainKey("claire.donovan")
                .containsEntry("harriet.cole", MemberRole.SUPERVISOR).containsEntry("tom.okafor", MemberRole.PRODUCER);
    }

    @Test
    void everyProductionHasAPlanOfDependentAssignedTasksWithSomeOverdueAndSomeBlocked() {
        for (ProductionSummary production : byName(admin).values()) {
            PageOf<TaskSummary> page = tasks.ofProduction(admin, production.id(), null, null, Paging.of(0, 500));
            List<TaskSummary> all = page.items();
            assertThat(page.total()).as(production.name()).isBetween(20L, 60L);
            assertThat(all).as(production.name() + ": every task has someone on it")
                    .allSatisfy(t -> assertThat(t.assignees()).isNotEmpty());
            long withDependencies = all.stream().filter(t -> !tasks.get(admin, t.id()).dependsOn().isEmpty()).count();
            assertThat(withDependencies).as(production.name()).isGreaterThan(all.size() / 2);
            assertThat(all).as(production.name() + ": overdue").anyMatch(t -> t.flags().overdue());
            assertThat(all).as(production.name() + ": blocked").anyMatch(t -> t.flags().blocked());
            assertThat(all).as(production.name() + ": marked blocked")
                    .anyMatch(t -> t.status() == org.postops.app.task.TaskStatus.BLOCKED);
            assertThat(all).as(production.name() + ": waiting on unfinished work")
                    .anyMatch(t -> t.flags().waitingOn() > 0);
            assertThat(all.stream().map(TaskSummary::status).distinct().count()).as(production.name())
                    .isGreaterThanOrEqualTo(4);
        }
    }

    @Autowired
    org.postops.app.change.ChangeRequestService changeRequests;

    @Test
    void changeRequestsWaitForADecisionOrWereApprovedOrDeferredWithTheirImpact() {
        Map<String, ProductionSummary> all = byName(admin);
        Map<String, String> statuses = new java.util.HashMap<>();
        for (ProductionSummary production : all.values()) {
            var list = changeRequests.list(admin, production.id(), null, Paging.of(0, 50)).items();
            assertThat(list).as(production.name()).hasSize(1);
            statuses.put(production.name(), list.get(0).status().name());
            var impact = changeRequests.impact(admin, list.get(0).id());
            assertThat(impact.changes()).as(production.name()).isNotEmpty()
                    .noneMatch(c -> c.startsWith("No longer applies"));
        }
        assertThat(statuses).containsEntry("The Lantern House", "OPEN")
                .containsEntry("Harbour Coffee: First Light (30s)", "APPROVED")
                .containsEntry("The Salt Roads", "DEFERRED");
        long open = changeRequests.list(admin, all.get("The Lantern House").id(), null, Paging.of(0, 5)).items().get(0)
                .id();
        assertThat(changeRequests.impact(admin, open).delivery().slipHours()).as("the director's notes cost time")
                .isPositive();
    }

    @Test
    void everyProductionHasAScheduleWithEstimatesMilestonesLagsAndACriticalPath() {
        boolean anyLag = false;
        for (ProductionSummary production : byName(admin).values()) {
            ProductionSchedule s = schedules.get(admin, production.id());
            assertThat(s.unestimated()).as(production.name() + ": every task estimated").isEmpty();
            assertThat(s.milestones()).as(production.name() + ": picture lock and delivery, with targets")
                    .anyMatch(m -> m.title().toLowerCase(java.util.Locale.ROOT).contains("lock"))
                    .anyMatch(m -> m.title().toLowerCase(java.util.Locale.ROOT).contains("deliver"))
                    .allSatisfy(m -> assertThat(m.targetDate()).isNotNull());
            assertThat(s.tasks()).as(production.name() + ": a critical path")
                    .anyMatch(t -> t.critical() && !t.milestone());
            assertThat(s.criticalPaths()).as(production.name()).isNotEmpty();
            anyLag |= tasks.plan(admin, production.id()).stream()
                    .anyMatch(t -> t.dependsOn().stream().anyMatch(p -> p.lagMinutes() != 0));
        }
        assertThat(anyLag).as("a dependency with a lag").isTrue();
        // the commercial's versions were to be locked two days ago and are not: its Gantt shows a missed target
        long commercial = byName(admin).get("Harbour Coffee: First Light (30s)").id();
        assertThat(schedules.get(admin, commercial).milestones()).anyMatch(m -> !m.meetsTarget() && m.hoursLate() > 0);
    }

    @Test
    void theGanttShowsTheDemoToItsTeamAndNotToOutsiders() throws IOException {
        String password = Files.readString(DATA.resolve("demo-password")).strip();
        Map<String, ProductionSummary> all = byName(admin);
        WebSession member = WebSession.signIn(api, "james.whitfield", password);
        Api.Response drama = member.get("/productions/" + all.get("The Lantern House").id() + "/schedule");
        assertThat(drama.status()).isEqualTo(200);
        assertThat(drama.body()).contains("<svg", "g-task critical", "g-link", "Series delivered to the platform");
        WebSession outsider = WebSession.signIn(api, "priya.raman", password);
        assertThat(outsider.get("/productions/" + all.get("The Lantern House").id() + "/schedule").status())
                .isEqualTo(404);
        Api.Response documentary = outsider.get("/productions/" + all.get("The Salt Roads").id()
                + "/schedule?zoom=week");
        assertThat(documentary.status()).isEqualTo(200);
        assertThat(documentary.body()).contains("w/c ", "Picture lock");
    }

    @Test
    void thePeoplePageHasSomeoneOverAllocatedAndSomeoneOnADayOff() {
        LoadReport report = load.people(admin, null, null, null, Paging.of(0, 100));
        assertThat(report.items()).extracting(LoadReport.PersonLoad::username).contains("callum.reid", "ellie.marsh")
                .doesNotContain("admin", "claire.donovan");
        assertThat(report.items()).as("over capacity on some day").anyMatch(p -> !p.overAllocatedDays().isEmpty());
        assertThat(report.items()).as("not everyone over").anyMatch(p -> p.overAllocatedDays().isEmpty()
                && p.loadHours() > 0);
        LoadReport.PersonLoad callum = report.items().stream().filter(p -> p.username().equals("callum.reid"))
                .findFirst().orElseThrow();
        assertThat(callum.days()).as("a holiday with grading planned on it").anyMatch(d -> d.dayOff() != null
                && d.overAllocated());
        LoadReport.PersonLoad ellie = report.items().stream().filter(p -> p.username().equals("ellie.marsh"))
                .findFirst().orElseThrow();
        assertThat(ellie.days()).anyMatch(d -> d.dayOff() == org.postops.app.load.DayOffKind.TRAINING);
        Viewer priya = users.findByUsername("priya.raman").orElseThrow().asViewer();
        assertThat(load.people(priya, List.of(callum.userId()), null, null, Paging.of(0, 10)).items().get(0).days())
                .as("the drama is busy to someone off its team")
                .anyMatch(d -> d.productions().stream().anyMatch(h -> h.production() == null))
                .noneMatch(d -> d.productions().stream().anyMatch(h -> h.label().contains("Lantern")));
    }

    @Autowired
    org.postops.app.kit.KitService kit;

    @Autowired
    org.postops.app.kit.BookingService bookings;

    @Test
    void theFacilityHasRoomsAndKitWithWarningsBookedToEveryProduction() {
        var rooms = kit.rooms(admin, null, null, false, Paging.of(0, 50)).items();
        assertThat(rooms).extracting(org.postops.app.kit.Room::name).contains("Edit 1", "Edit 2", "Edit 3",
                "Grading theatre", "Dubbing stage", "Machine room");
        var all = kit.list(admin, org.postops.app.kit.KitService.KitQuery.all(), Paging.of(0, 100)).items();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).anyMatch(k -> k.attention().stream()
                .anyMatch(a -> a.kind() == org.postops.app.kit.Attention.Kind.PAT_OVERDUE));
        assertThat(all).anyMatch(k -> k.attention().stream()
                .anyMatch(a -> a.kind() == org.postops.app.kit.Attention.Kind.LICENCE_EXPIRING));
        for (ProductionSummary production : byName(admin).values()) {
            assertThat(kit.bookingsOfProduction(admin, production.id())).as(production.name()).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.taskId()).isNotNull());
            assertThat(kit.kitBookedTo(production.id())).as(production.name()).isNotEmpty();
        }
        long grading = rooms.stream().filter(r -> r.name().equals("Grading theatre")).findFirst().orElseThrow().id();
        Viewer priya = users.findByUsername("priya.raman").orElseThrow().asViewer();
        assertThat(bookings.ofRoom(priya, grading, null, null)).as("the drama's grade is busy to an outsider")
                .anyMatch(b -> b.busy() && b.productionName() == null)
                .noneMatch(b -> "The Lantern House".equals(b.productionName()));
    }

    @Test
    void myWorkSpansSeveralProductions() {
        Viewer online = users.findByUsername("nadia.hussain").orElseThrow().asViewer();
        Set<Long> productionsOfMyWork = tasks.myWork(online, false, Paging.of(0, 500)).items().stream()
                .map(TaskSummary::productionId).collect(Collectors.toSet());
        assertThat(productionsOfMyWork).hasSize(3);
    }

    @Test
    void myWorkOffersHelpWhereATaskNeedsMoreSkillThanItsAssigneeHas() throws IOException {
        String token = api.token("nadia.hussain", Files.readString(DATA.resolve("demo-password")).strip());
        String mine = api.get(token, "/api/v1/me/tasks?size=100").body();
        assertThat(mine).contains("\"skill\":\"Autodesk Flame\",\"required\":\"expert\",\"yours\":\"working\"");
        String experts = api.get(token, "/api/v1/experts").body();
        assertThat(experts).contains("Blackmagic Design support", "Avid support (24/7)", "Dani Okoro", "Aisha Begum");
    }

    @Test
    void theSharedPasswordIsOwnerOnlyAndSignsADemoPersonIn() throws IOException {
        Path file = DATA.resolve("demo-password");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String token = api.token("marcus.bell", Files.readString(file).strip());
        Api.Response me = api.get(token, "/api/v1/me");
        assertThat(me.json().get("timeZone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(api.token("claire.donovan", Files.readString(file).strip())).startsWith("pops_");
    }

    @Test
    void staffOffTheDramaCannotFindItEvenByCodename() throws IOException {
        String password = Files.readString(DATA.resolve("demo-password")).strip();
        String outsider = api.token("priya.raman", password);
        String member = api.token("james.whitfield", password);

        List<String> seen = names(api.get(outsider, "/api/v1/productions?size=100"));
        assertThat(seen).contains("The Salt Roads").doesNotContain("The Lantern House");
        Api.Response search = api.get(outsider, "/api/v1/search?q=MOTH");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("productions").get("total").asLong()).isZero();
        assertThat(search.json().get("tasks").get("total").asLong()).isZero();

        // The same search by someone on the team finds it: the outsider's empty answer is the policy at work.
        assertThat(api.get(member, "/api/v1/search?q=MOTH").json().get("productions").get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void theStoryIsInTheAuditTrail() throws IOException {
        String token = api.token("admin", Files.readString(DATA.resolve("initial-admin-password")).strip());
        Api.Response moved = api.get(token, "/api/v1/audit?actor=marcus.bell&action=task.updated");
        assertThat(moved.json().get("total").asLong()).as("the VFX artist moved his own tasks on").isPositive();
        Api.Response verdict = api.get(token, "/api/v1/audit/verify");
        assertThat(verdict.json().get("checked").asLong()).as(verdict.body()).isGreaterThan(200);
        assertThat(verdict.json().path("firstBrokenId").isNull() || verdict.json().path("firstBrokenId").isMissingNode())
                .as(verdict.body()).isTrue();
    }

    @Test
    void timeIsLoggedAndTheRateCardPricesEveryBudgetInTwoCurrencies() throws IOException {
        String password = Files.readString(DATA.resolve("demo-password")).strip();
        String producer = api.token("tom.okafor", password);
        assertThat(api.get(producer, "/api/v1/rates?size=100").json().get("total").asLong()).isGreaterThan(10);
        int inDollars = 0;
        for (ProductionSummary production : byName(admin).values()) {
            String base = "/api/v1/productions/" + production.id();
            assertThat(api.get(producer, base + "/time-summary").json().get("actualMinutes").asLong())
                    .as(production.name()).isPositive();
            Api.Response budget = api.get(producer, base + "/budget");
            assertThat(budget.status()).as(budget.body()).isEqualTo(200);
            assertThat(budget.json().get("totals").get("GBP").get("plannedMinor").asLong()).as(production.name())
                    .isPositive();
            assertThat(budget.json().get("totals").get("GBP").get("actualMinor").asLong()).as(production.name())
                    .isPositive();
            assertThat(budget.json().get("overCap").asBoolean()).as(production.name() + " over its cap")
                    .isEqualTo(production.name().startsWith("Harbour Coffee"));
            inDollars += budget.json().get("totals").has("USD") ? 1 : 0;
        }
        assertThat(inDollars).as("the remote VFX artist is paid in dollars, on two productions").isEqualTo(2);
        JsonNode week = api.get(api.token("priya.raman", password), "/api/v1/me/time?from="
                + java.time.LocalDate.now().minusDays(30) + "&to=" + java.time.LocalDate.now()).json();
        assertThat(week.get("totalMinutes").asLong()).isPositive();
        assertThat(week.get("days").valueStream().mapToLong(d -> d.get("minutes").asLong()).max().orElse(0))
                .as("nobody works more than a day in a day").isLessThanOrEqualTo(8 * 60);
    }

    @Test
    void aSecondStartLoadsNothing() throws Exception {
        long people = users.list(admin, null, Paging.of(0, 1)).total();
        Map<String, ProductionSummary> before = byName(admin);
        long taskCount = taskCount(before);
        String password = Files.readString(DATA.resolve("demo-password"));

        facility.run(null);

        assertThat(users.list(admin, null, Paging.of(0, 1)).total()).isEqualTo(people);
        assertThat(byName(admin).keySet()).isEqualTo(before.keySet());
        assertThat(taskCount(byName(admin))).isEqualTo(taskCount);
        assertThat(Files.readString(DATA.resolve("demo-password"))).isEqualTo(password);
    }

    @Test
    void theSupportDeskHasABreachedTicketOneWaitingOnTheVendorAndARatedFix() {
        var all = tickets.list(admin, org.postops.app.ticket.TicketService.Filter.none(), Paging.of(0, 100)).items();
        assertThat(all).anyMatch(t -> t.serviceLevel().breached() && t.status().open());
        assertThat(all).anyMatch(t -> t.status() == org.postops.app.ticket.TicketStatus.WAITING_ON_VENDOR);
        var resolved = all.stream().filter(t -> t.status() == org.postops.app.ticket.TicketStatus.RESOLVED)
                .findFirst().orElseThrow();
        var ticket = tickets.get(admin, resolved.id());
        assertThat(ticket.resolution().rating()).isEqualTo(5);
        assertThat(ticket.resolution().kind()).isEqualTo(org.postops.app.ticket.ResolutionKind.FIX);
        var waiting = all.stream().filter(t -> t.status() == org.postops.app.ticket.TicketStatus.WAITING_ON_VENDOR)
                .findFirst().orElseThrow();
        assertThat(tickets.get(admin, waiting.id()).options()).hasSize(2)
                .anyMatch(org.postops.app.ticket.Ticket.Option::chosen);
    }

    @Test
    void theDemosPastTicketsHappenedWhenTheStorySaysAndMetTheirTargetsButTheMonitorsP1() {
        var all = tickets.list(admin, org.postops.app.ticket.TicketService.Filter.none(), Paging.of(0, 100)).items();
        assertThat(all.stream().filter(t -> t.serviceLevel().breached()).map(t -> t.summary()))
                .as("the one ticket the story leaves too long").containsExactly(
                        "Grading reference monitor shuts down mid-session");
        var resolved = all.stream().filter(t -> !t.status().open()).toList();
        assertThat(resolved).as("the rated fix and DemoSolutions' six").hasSizeGreaterThanOrEqualTo(7);
        java.time.Instant loaded = java.time.Instant.now();
        for (var summary : resolved) {
            var level = summary.serviceLevel();
            assertThat(level.response().state() + " " + level.resolution().state()).as(summary.summary())
                    .isEqualTo("met met");
            var t = tickets.get(admin, summary.id());
            assertThat(t.firstResponseAt()).as(t.summary()).isAfter(t.raisedAt());
            assertThat(t.resolution().restoredAt()).as(t.summary()).isAfter(t.firstResponseAt())
                    .isBefore(t.resolution().resolvedAt());
            assertThat(java.time.Duration.between(t.raisedAt(), t.resolution().resolvedAt())).as(t.summary())
                    .isLessThan(java.time.Duration.ofHours(8));
            assertThat(t.resolution().resolvedAt()).as("resolved days or hours before the demo loaded, not as it did")
                    .isBefore(loaded.minus(java.time.Duration.ofHours(12)));
            if (t.resolution().rating() != null) {
                assertThat(t.resolution().ratedAt()).as(t.summary()).isAfter(t.resolution().resolvedAt())
                        .isBefore(loaded.minus(java.time.Duration.ofHours(12)));
            }
            assertThat(t.timeline()).as(t.summary()).extracting(org.postops.app.ticket.Ticket.Entry::at)
                    .isSorted().allMatch(at -> !at.isBefore(t.raisedAt()));
        }
        var waiting = all.stream().filter(t -> t.status() == org.postops.app.ticket.TicketStatus.WAITING_ON_VENDOR)
                .findFirst().orElseThrow();
        assertThat(waiting.serviceLevel().response().state()).as("taken on within a quarter of an hour")
                .isEqualTo("met");
        assertThat(waiting.serviceLevel().resolution().state()).as("the fault still stops work").isEqualTo("running");
        assertThat(tickets.get(admin, waiting.id()).options()).allMatch(o -> o.at().isBefore(
                loaded.minus(java.time.Duration.ofMinutes(90))));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.postops.app.solution.SolutionService solutions;

    @Test
    void everyDemoSolutionIsAResolvedDemoTicketFoundByItsErrorAndOneCameBack() throws IOException {
        List<Long> orphans = jdbc.sql("""
                select s.id from solution s
                where not exists (select 1 from ticket t where t.id = s.ticket_id and t.status in ('RESOLVED', 'CLOSED'))
                """).query(Long.class).list();
        assertThat(orphans).as("solutions without a resolved ticket").isEmpty();
        assertThat(jdbc.sql("select count(*) from solution").query(Long.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from solution_recurrence").query(Long.class).single()).isEqualTo(1);
        for (String[] search : List.of(new String[] {"GPU Memory Full", "Resolve: GPU memory full"},
                new String[] {"No DeckLink devices found", "DeckLink not detected"},
                new String[] {"Failed to initialize CUDA", "Fusion will not start"})) {
            var hits = solutions.search(admin, search[0], null, 5);
            assertThat(hits).as(search[0]).isNotEmpty();
            assertThat(hits.get(0).summary()).as(search[0]).startsWith(search[1]);
            assertThat(hits.get(0).ticketId()).as("a real ticket").isNotNull();
            var resolution = tickets.get(admin, hits.get(0).ticketId()).resolution();
            assertThat(resolution).isNotNull();
            assertThat(resolution.snapshotId()).as(search[0] + ": the configuration the fix applied to").isNotNull();
        }
        // the render node's fix applied to the configuration after the driver went back to the 550 branch
        var fusion = solutions.search(admin, "Failed to initialize CUDA", null, 1).get(0);
        var fusionTicket = tickets.get(admin, fusion.ticketId());
        long node = fusionTicket.kit().get(0).id();
        assertThat(configs.snapshot(admin, node, fusionTicket.resolution().snapshotId()).values().toString())
                .contains("550.").doesNotContain("565.");
        var bins = solutions.search(admin, "BIN_LOCKED", null, 5).stream()
                .filter(h -> h.summary().equals("Media Composer: bins locked after a crash")).findFirst().orElseThrow();
        assertThat(bins.effectiveness().recurrences()).isEqualTo(1);
        assertThat(bins.effectiveness().rating()).isEqualTo(3);
        var page = api.get(api.token("harriet.cole", Files.readString(DATA.resolve("demo-password")).strip()),
                "/api/v1/at-risk");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get(0).get("summary").asString()).isEqualTo("Grading reference monitor shuts down mid-session");
    }

    @Autowired
    org.postops.app.media.MediaService media;

    @Autowired
    org.postops.app.media.volume.VolumeService volumes;

    @Test
    void theDocumentarysCameraCardIsOnTwoVolumesSealedWithCoverageSayingWhatIsMissing() throws IOException {
        var all = volumes.list(admin, false);
        assertThat(all).extracting(org.postops.app.media.volume.Volume::kind).contains(
                org.postops.app.media.volume.VolumeKind.SAN_SHARE, org.postops.app.media.volume.VolumeKind.NEARLINE,
                org.postops.app.media.volume.VolumeKind.LTO_TAPE);
        assertThat(all).allSatisfy(v -> assertThat(Path.of(v.rootPath())).isDirectory()
                .startsWith(DATA.toAbsolutePath().normalize().resolve(DemoMedia.ROOT)));
        assertThat(all).filteredOn(v -> v.kind() == org.postops.app.media.volume.VolumeKind.SAN_SHARE)
                .extracting(org.postops.app.media.volume.Volume::kitName).containsExactly("Shared storage (SAN)");

        long documentary = byName(admin).get("The Salt Roads").id();
        var folders = media.ofProduction(admin, documentary);
        assertThat(folders).hasSize(2).allSatisfy(f -> assertThat(f.label()).isEqualTo(DemoMedia.LABEL));
        assertThat(byName(admin).values()).filteredOn(p -> p.id() != documentary)
                .allSatisfy(p -> assertThat(media.ofProduction(admin, p.id())).as(p.name()).isEmpty());

        String token = api.token("admin", Files.readString(DATA.resolve("initial-admin-password")).strip());
        for (var folder : folders) {
            var jobs = media.jobs(admin, folder.id());
            assertThat(jobs).as(folder.volumeName()).hasSize(1);
            JsonNode done = org.postops.app.support.Jobs.await(api, token, jobs.get(0).id());
            assertThat(done.get("status").asString()).as(done.toString()).isEqualToIgnoringCase("SUCCEEDED");
        }

        var coverage = media.coverage(admin, documentary);
        assertThat(coverage.items()).hasSize(2).allSatisfy(c -> {
            assertThat(c.complete()).isFalse();
            assertThat(c.verifiedCopies()).isEqualTo(2);
            assertThat(c.offSiteCopies()).isZero();
            assertThat(c.needs()).containsExactly("needs one more copy, off site and on a medium other than disk");
        });

        WebSession assistant = WebSession.signIn(api, "ellie.marsh",
                Files.readString(DATA.resolve("demo-password")).strip());
        Api.Response page = assistant.get("/productions/" + documentary + "/media");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(DemoMedia.LABEL, "SAN: projects", "Nearline: archive disk", "off site");
    }

    @Autowired
    org.postops.app.job.JobService jobs;

    @Autowired
    org.postops.app.delivery.QcService qc;

    @Test
    void theCommercialsMastersAreRenderedAndCheckedOnePassingOneFailingLoudness() throws IOException {
        long commercial = byName(admin).get("Harbour Coffee: First Light (30s)").id();
        String token = api.token("admin", Files.readString(DATA.resolve("initial-admin-password")).strip());
        var made = jobs.ofProduction(admin, commercial).stream().filter(j -> j.kind().equals("demo.masters")).toList();
        assertThat(made).hasSize(1);
        JsonNode done = org.postops.app.support.Jobs.await(api, token, made.get(0).id(), java.time.Duration.ofMinutes(4));
        assertThat(done.get("status").asString()).as(done.toString()).isEqualToIgnoringCase("SUCCEEDED");
        for (var run : jobs.ofProduction(admin, commercial)) {
            if (run.kind().equals("delivery.qc")) {
                JsonNode checked = org.postops.app.support.Jobs.await(api, token, run.id(),
                        java.time.Duration.ofMinutes(4));
                // a QC run whose file fails its profile ends as a failed job, with the reason as its message
                assertThat(checked.get("status").asString()).as(checked.toString()).isIn("succeeded", "failed");
            }
        }
        Map<String, org.postops.app.delivery.DeliveryStatus> deliveries = qc.deliveries(admin, commercial).stream()
                .collect(Collectors.toMap(org.postops.app.delivery.DeliveryStatus::name, d -> d));
        var master = deliveries.get("TV master 30s");
        assertThat(master.profileKnown()).isTrue();
        assertThat(master.latestRun().verdict()).isEqualToIgnoringCase("pass");
        assertThat(master.latestRun().integratedLufs().doubleValue()).isCloseTo(-23.0,
                org.assertj.core.data.Offset.offset(0.3));
        var web = deliveries.get("Web and social versions");
        assertThat(web.latestRun().verdict()).isEqualToIgnoringCase("fail");
        assertThat(web.latestRun().message()).contains("integrated-loudness", "-14");
        // every deliverable of the demo names a profile PostOps has, or none
        for (var p : byName(admin).values()) {
            assertThat(qc.deliveries(admin, p.id())).allSatisfy(d -> assertThat(
                    d.deliveryProfileId() == null || d.deliveryProfileId().isBlank() || d.profileKnown())
                    .as(p.name() + ": " + d.name()).isTrue());
        }
    }

    @Autowired
    org.postops.app.config.ConfigService configs;

    @Test
    void theMachinesHaveSnapshotHistoriesAndEachLatestChangeIsADiff() {
        Map<String, Long> kitIds = kitIds();
        java.time.Instant loaded = java.time.Instant.now();
        for (String machine : List.of("Resolve grading workstation", "Resolve online workstation",
                "Avid workstation, Edit 1", "Avid workstation, Edit 2", "Render node 1", "Render node 2")) {
            long id = kitIds.get(machine);
            var history = configs.history(admin, id, Paging.of(0, 10)).items();
            assertThat(history).as(machine + ": two or three snapshots").hasSizeBetween(2, 3);
            assertThat(history).as(machine + ": taken over the past weeks, newest first")
                    .allSatisfy(s -> assertThat(s.takenAt()).isBefore(loaded)
                            .isAfter(loaded.minus(java.time.Duration.ofDays(45))))
                    .isSortedAccordingTo(java.util.Comparator.comparing(
                            org.postops.app.config.SnapshotSummary::takenAt).reversed());
            var last = configs.diff(admin, id, history.get(1).id(), history.get(0).id());
            assertThat(last.added().size() + last.removed().size() + last.changed().size())
                    .as(machine + ": its latest snapshot changed something").isPositive();
            assertThat(configs.snapshot(admin, id, history.get(0).id()).values()).as(machine)
                    .containsKeys("os.name", "os.version", "kernel", "gpu[0].model");
        }
        var online = configs.history(admin, kitIds.get("Resolve online workstation"), Paging.of(0, 10)).items();
        assertThat(configs.diff(admin, kitIds.get("Resolve online workstation"), online.get(1).id(),
                online.get(0).id()).changed()).extracting(c -> c.key() + " " + c.before() + " → " + c.after())
                .containsExactly("gpu[0].driver 550.127.05 → 565.77");
    }

    @Test
    void theOnlineWorkstationDriftedFromTheDramasConfigurationAndTheRestComply() {
        Map<String, ProductionSummary> all = byName(admin);
        Viewer aisha = users.findByUsername("aisha.begum").orElseThrow().asViewer();
        var drama = configs.complianceOf(aisha, all.get("The Lantern House").id());
        var online = drama.stream().filter(k -> k.kitName().equals("Resolve online workstation")).findFirst()
                .orElseThrow();
        assertThat(online.status()).isEqualTo(org.postops.app.config.Compliance.DRIFTED);
        assertThat(online.checks()).filteredOn(c -> c.name().equals(DemoConfigurations.DRAMA_CONFIGURATION))
                .singleElement().satisfies(c -> {
                    assertThat(c.compliant()).isFalse();
                    assertThat(c.failures()).extracting(f -> f.key() + " " + f.actual() + ", expected " + f.expected())
                            .containsExactly("gpu[0].driver 565.77, expected 550–560");
                });
        assertThat(drama.stream().filter(k -> k != online && k.snapshotId() != null))
                .as("the drama's other booked kit with snapshots complies")
                .extracting(org.postops.app.config.KitCompliance::kitName)
                .contains("Resolve grading workstation", "Sony BVM-HX3110 reference monitor");
        assertThat(drama).filteredOn(k -> k != online && k.snapshotId() != null)
                .allSatisfy(k -> assertThat(k.status()).as(k.kitName())
                        .isEqualTo(org.postops.app.config.Compliance.COMPLIANT));
        assertThat(drama).filteredOn(k -> k.kitName().equals("Resolve grading workstation")).singleElement()
                .satisfies(k -> assertThat(k.checks()).extracting(org.postops.app.config.ConfigurationCheck::name)
                        .contains(DemoConfigurations.DRAMA_CONFIGURATION, DemoConfigurations.WORKSTATIONS));

        var documentary = configs.complianceOf(admin, all.get("The Salt Roads").id());
        assertThat(documentary).filteredOn(k -> k.kitName().equals("Resolve online workstation")).singleElement()
                .satisfies(k -> assertThat(k.status()).isEqualTo(org.postops.app.config.Compliance.DRIFTED));
        assertThat(documentary).filteredOn(k -> k.kitName().startsWith("Avid workstation")).isNotEmpty()
                .allSatisfy(k -> assertThat(k.status()).isEqualTo(org.postops.app.config.Compliance.COMPLIANT));
        var render = configs.kitCompliance(admin, kitIds().get("Render node 1"));
        assertThat(render.status()).as("rolled back to the qualified driver")
                .isEqualTo(org.postops.app.config.Compliance.COMPLIANT);
        assertThat(render.facility()).extracting(org.postops.app.config.ConfigurationCheck::name)
                .containsExactly(DemoConfigurations.RENDER_NODES);
    }

    @Test
    void theDriftWarningReachedEachBookingProductionsTechSupportAndNoOneElse() throws IOException {
        String password = Files.readString(DATA.resolve("demo-password")).strip();
        Map<String, List<String>> drift = new java.util.TreeMap<>();
        for (String person : List.of("aisha.begum", "rob.fletcher", "harriet.cole", "nadia.hussain")) {
            Api.Response mine = api.get(api.token(person, password), "/api/v1/me/notifications?size=100");
            assertThat(mine.status()).as(mine.body()).isEqualTo(200);
            drift.put(person, mine.json().get("items").valueStream()
                    .filter(n -> n.get("kind").asString().equals("config-drift"))
                    .map(n -> n.get("productionName").asString() + ": " + n.get("title").asString()).toList());
        }
        String title = "Kit “Resolve online workstation” drifted from its qualified configuration: gpu[0].driver "
                + "is 565.77, expected 550–560";
        assertThat(drift.get("aisha.begum")).singleElement().asString()
                .startsWith("The Lantern House: " + title);
        assertThat(drift.get("rob.fletcher")).singleElement().asString().isEqualTo("The Salt Roads: " + title);
        assertThat(drift.get("harriet.cole")).as("supervisors are not tech support").isEmpty();
        assertThat(drift.get("nadia.hussain")).isEmpty();

        WebSession engineer = WebSession.signIn(api, "aisha.begum", password);
        Api.Response configurations = engineer.get("/configurations");
        assertThat(configurations.status()).isEqualTo(200);
        assertThat(configurations.body()).contains(DemoConfigurations.WORKSTATIONS, DemoConfigurations.RENDER_NODES);
        Api.Response machine = engineer.get("/kit/" + kitIds().get("Resolve online workstation") + "/configuration");
        assertThat(machine.status()).isEqualTo(200);
        assertThat(machine.body()).contains("565.77", DemoConfigurations.DRAMA_CONFIGURATION);
    }

    @Test
    void theCudaTicketShowsTheDriverChangeUnderWhatChanged() throws IOException {
        var cuda = tickets.list(admin, org.postops.app.ticket.TicketService.Filter.none(), Paging.of(0, 100)).items()
                .stream().filter(t -> t.summary().equals("Fusion will not start on the render node")).findFirst()
                .orElseThrow();
        String token = api.token("marcus.bell", Files.readString(DATA.resolve("demo-password")).strip());
        Api.Response changed = api.get(token, "/api/v1/tickets/" + cuda.id() + "/what-changed");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode node = changed.json().get(0);
        assertThat(node.get("kitName").asString()).isEqualTo("Render node 1");
        assertThat(node.get("changed").valueStream()
                .map(c -> c.get("key").asString() + " " + c.get("before").asString() + " → " + c.get("after").asString())
                .toList()).containsExactly("gpu[0].driver 550.127.05 → 565.57.01",
                "gpu[1].driver 550.127.05 → 565.57.01", "gpu[2].driver 550.127.05 → 565.57.01",
                "gpu[3].driver 550.127.05 → 565.57.01");
        java.time.Instant taken = java.time.Instant.parse(node.get("to").get("takenAt").asString());
        java.time.Instant raised = tickets.get(admin, cuda.id()).raisedAt();
        assertThat(taken).as("the change just before the fault").isBefore(raised)
                .isAfter(raised.minus(java.time.Duration.ofHours(12)));
        var monitor = tickets.list(admin, org.postops.app.ticket.TicketService.Filter.none(), Paging.of(0, 100))
                .items().stream().filter(t -> t.summary().startsWith("Grading reference monitor")).findFirst()
                .orElseThrow();
        JsonNode unchanged = api.get(api.token("harriet.cole", Files.readString(DATA.resolve("demo-password"))
                .strip()), "/api/v1/tickets/" + monitor.id() + "/what-changed").json().get(0);
        assertThat(unchanged.get("from").isNull()).as("compared").isFalse();
        assertThat(unchanged.get("changed").size() + unchanged.get("added").size() + unchanged.get("removed").size())
                .as("the monitor's configuration did not change: its fault is the hardware").isZero();
    }

    @Test
    void myWorkFlagsTheSkillsTheDramasQualifiedConfigurationNeedsOnItsOnlineWorkstation() throws IOException {
        String token = api.token("nadia.hussain", Files.readString(DATA.resolve("demo-password")).strip());
        JsonNode mine = api.get(token, "/api/v1/me/tasks?size=100").json();
        long online = kitIds().get("Resolve online workstation");
        List<String> gaps = mine.get("items").valueStream().flatMap(t -> t.get("skillGaps").valueStream()
                        .filter(g -> !g.path("kitId").isNull() && !g.path("kitId").isMissingNode())
                        .map(g -> t.get("title").asString() + " | " + g.get("skill").asString() + " "
                                + g.get("required").asString() + ", yours " + g.get("yours").asString() + " ("
                                + g.get("source").asString() + ") " + g.get("kitId").asLong()))
                .toList();
        String source = "(qualified configuration “" + DemoConfigurations.DRAMA_CONFIGURATION
                + "”, kit Resolve online workstation) " + online;
        assertThat(gaps).containsExactlyInAnyOrder(
                "Ep 3: conform from camera originals | DaVinci Resolve colour working, yours basic " + source,
                "Ep 3: conform from camera originals | HDR (PQ/HLG) working, yours none " + source);
        String colourist = api.token("callum.reid", Files.readString(DATA.resolve("demo-password")).strip());
        assertThat(api.get(colourist, "/api/v1/me/tasks?size=100").body())
                .as("the colourist on the same configuration's grading workstation has what it needs")
                .doesNotContain("qualified configuration");
    }

    private Map<String, Long> kitIds() {
        return kit.choices(500).stream().collect(Collectors.toMap(org.postops.app.kit.KitService.KitRef::name,
                org.postops.app.kit.KitService.KitRef::id));
    }

    private Map<String, ProductionSummary> byName(Viewer viewer) {
        return productions.list(viewer, null, Paging.of(0, 100)).items().stream()
                .collect(Collectors.toMap(ProductionSummary::name, p -> p));
    }

    private Map<String, MemberRole> team(long productionId) {
        return productions.members(admin, productionId).stream()
                .collect(Collectors.toMap(Member::username, Member::role));
    }

    private long taskCount(Map<String, ProductionSummary> all) {
        return all.values().stream()
                .mapToLong(p -> tasks.ofProduction(admin, p.id(), null, null, Paging.of(0, 1)).total()).sum();
    }

    private static List<String> names(Api.Response list) {
        return list.json().get("items").valueStream().map(p -> p.get("name").asString()).toList();
    }
}

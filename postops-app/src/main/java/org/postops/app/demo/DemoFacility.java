package org.postops.app.demo;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.load.DayOffKind;
import org.postops.app.load.DaysOffService;
import org.postops.app.production.ProductionService;
import org.postops.app.system.DataSettings;
import org.postops.app.system.SecretFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code postops serve --demo}: on a start with no productions yet, loads a believable facility (people,
 * a restricted drama series, a documentary, a commercial, a rate card and time logged, and the documentary's
 * first camera card on two demo volumes, see {@link DemoMedia}, the machines' configuration snapshots and
 * qualified configurations, see {@link DemoConfigurations}, and the commercial's masters rendered and
 * checked against their delivery profiles in the background, see {@link DemoMasters}) so there is something to
 * look at. All demo people share one random password, written to {@code <data>/demo-password}
 * readable by its owner only.
 */
@Component
@Order(10) // after InitialAdmin (0): the installation has its administrator before the demo arrives
@ConditionalOnProperty(name = "postops.demo", havingValue = "true")
class DemoFacility implements ApplicationRunner {

    static final String FILE = "demo-password";
    private static final Logger LOG = LoggerFactory.getLogger(DemoFacility.class);
    private static final String ACTOR = "postops-demo";

    private final UserService users;
    private final ProductionService productions;
    private final PlanLoader loader;
    private final DemoBudgets budgets;
    private final DemoChangeRequests changeRequests;
    private final DemoSkills skills;
    private final DemoTickets tickets;
    private final DaysOffService daysOff;
    private final DemoKit kit;
    private final DemoConfigurations configurations;
    private final DemoSolutions solutions;
    private final DemoMedia media;
    private final DemoMasters masters;
    private final TransactionTemplate transaction;
    private final Path dataDir;

    DemoFacility(UserService users, ProductionService productions, PlanLoader loader, DemoBudgets budgets,
            DemoChangeRequests changeRequests, DemoSkills skills, DaysOffService daysOff, DemoKit kit,
            DemoConfigurations configurations, DemoTickets tickets, DemoSolutions solutions, DemoMedia media,
            DemoMasters masters, TransactionTemplate transaction, DataSettings.Data data) {
        this.media = media;
        this.skills = skills;
        this.kit = kit;
        this.configurations = configurations;
        this.solutions = solutions;
        this.users = users;
        this.daysOff = daysOff;
        this.productions = productions;
        this.loader = loader;
        this.changeRequests = changeRequests;
        this.tickets = tickets;
        this.budgets = budgets;
        this.masters = masters;
        this.transaction = transaction;
        this.dataDir = data.data();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (productions.anyProductions()) {
            LOG.info("Demo facility not loaded: the database already holds productions.");
            return;
        }
        String password = SecretFile.randomPassword(20);
        Path file = dataDir.resolve(FILE);
        SecretFile.write(file, password + "\n");
        // The facility's calendar day: task dates are days from it, so the demo never goes stale.
        LocalDate today = LocalDate.now(ZoneId.of(UserService.DEFAULT_ZONE));
        // One transaction: a half-loaded demo would stop the next start from loading it properly.
        List<Long> loaded = transaction.execute(status -> load(password, today));
        LOG.info("Loaded the demo facility: {} people, {} productions. Their shared password is in {} (readable "
                        + "by you only). Usernames: {}", DemoPeople.ALL.size(), plans(today).size(),
                file.toAbsolutePath(),
                DemoPeople.ALL.stream().map(p -> p.username() + " (" + p.job() + ")")
                        .collect(Collectors.joining(", ")));
        loadMedia(loaded);
    }

    /**
     * The documentary's camera card on the demo volumes, after the rest has committed and in a transaction of
     * its own: it writes files under the data directory, and a failure there (a read-only disk, a full one) must
     * cost the demo its Media page only, never the server its start. Not retried on a later start (the database
     * then holds productions); the warning says so.
     */
    private void loadMedia(List<Long> loaded) {
        if (loaded == null || loaded.size() < 2) {
            LOG.warn("Demo media not loaded: the documentary is missing from the demo.");
            return;
        }
        try {
            DemoMedia.Loaded m = transaction.execute(status -> media.load(dataDir, loaded.get(1)));
            LOG.info("Loaded the demo media: {} volumes under {}, camera card {} on {} of them, {} seal jobs queued.",
                    m.volumes().size(), dataDir.resolve(DemoMedia.ROOT).toAbsolutePath(), DemoMedia.CARD,
                    m.folders().size(), m.seals().size());
            if (loaded.size() > 2) {
                transaction.executeWithoutResult(status -> masters.load(loaded.get(2), m.volumes().get(0)));
                LOG.info("Queued the commercial's demo masters: rendered, registered and checked in the background.");
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo media not loaded ({}); the rest of the demo is in place and the server starts. The Media "
                    + "and coverage pages stay empty; start again on an empty database and a writable data directory "
                    + "to load it.", e.toString(), e);
        }
    }

    private List<Long> load(String password, LocalDate today) {
        Map<String, Viewer> people = new LinkedHashMap<>();
        for (DemoPeople.Person p : DemoPeople.ALL) {
            UserAccount account = users.createAccount(ACTOR, new UserService.NewUser(p.username(), p.displayName(),
                    p.email(), p.role(), password, p.timeZone()));
            people.put(account.username(), account.asViewer());
        }
        List<Long> loaded = new java.util.ArrayList<>();
        for (ProductionPlan plan : plans(today)) {
            loaded.add(loader.load(plan, people, today));
        }
        budgets.load(people, loaded, people.get("tom.okafor"), today);
        changeRequests.load(people, loaded);
        skills.load(people, loaded);
        kit.load(people, loaded, today);
        // after the bookings (drift is judged for the productions kit is booked to), before the tickets on that kit
        configurations.load(people, loaded, today);
        tickets.load(people, loaded, java.time.Instant.now());
        solutions.load(people, loaded);
        // Days off, recorded by the people themselves: the grade planned for Callum's holiday week shows on
        // the People page as over-allocation, as it would in a facility where leave and plans drift apart.
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        dayOff(people.get("callum.reid"), monday.plusWeeks(2), monday.plusWeeks(2).plusDays(4), DayOffKind.HOLIDAY,
                "Family holiday");
        LocalDate course = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        dayOff(people.get("ellie.marsh"), course, course, DayOffKind.TRAINING, "Avid Media Composer course");
        return loaded;
    }

    private void dayOff(Viewer person, LocalDate from, LocalDate to, DayOffKind kind, String note) {
        daysOff.add(person, person.id(), new DaysOffService.NewDayOff(from, to, kind, note));
    }

    private static List<ProductionPlan> plans(LocalDate today) {
        return List.of(LanternHouse.plan(today), SaltRoads.plan(today), FirstLight.plan(today));
    }
}

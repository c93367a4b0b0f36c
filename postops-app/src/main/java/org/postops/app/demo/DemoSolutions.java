package org.postops.app.demo;

import org.postops.app.config.SnapshotSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.kit.KitService;
import org.postops.app.skill.SkillCategory;
import org.postops.app.solution.ArticleFields;
import org.postops.app.solution.ArticleService;
import org.postops.app.solution.SolutionService;
import org.postops.app.ticket.ResolutionKind;
import org.postops.app.ticket.Severity;
import org.postops.app.ticket.Ticket;
import org.postops.app.ticket.TicketFields;
import org.postops.app.ticket.TicketService;
import org.postops.app.ticket.TicketStatus;
import org.springframework.stereotype.Component;

/**
 * The knowledge base as a facility has it after a few months, made the way it is made in use: past tickets raised
 * on the kit they were about, resolved with what was done (which records each solution), rated by the person who
 * raised them; one fix that did not last (the same kit and category came back four days later), and an article
 * written from one. The first is on the restricted drama, so someone off its team sees the workaround but not the
 * show.
 *
 * <p>Each ticket happened when it says: raised in the daytime some days ago, taken on within
 * the hour, resolved soon after service was restored, rated a little later (the service's "as of" changes). So
 * their first-response and resolution clocks show met, as a desk that handled them in time would, and the experts'
 * track records count hours, not the days since.
 */
@Component
class DemoSolutions {

    /** The facility's time zone, as the demo's calendar days are (DemoFacility). */
    private static final ZoneId ZONE = ZoneId.of(UserService.DEFAULT_ZONE);

    private final TicketService tickets;
    private final SolutionService solutions;
    private final ArticleService articles;
    private final KitService kits;
    private final org.postops.app.config.ConfigService configs;

    DemoSolutions(TicketService tickets, SolutionService solutions, ArticleService articles, KitService kits,
            org.postops.app.config.ConfigService configs) {
        this.configs = configs;
        this.tickets = tickets;
        this.solutions = solutions;
        this.articles = articles;
        this.kits = kits;
    }

    /**
     * A past ticket: who raised it, on what, when; who resolved it, how, how soon they took it on and how long
     * service took to restore (its solution is written up ten minutes after that).
     */
    private record Past(Viewer requester, Long production, String kit, SkillCategory category, Severity severity,
            String summary, String symptoms, String error, Viewer engineer, String done, ResolutionKind kind,
            Boolean acceptable, String whyNot, Instant raised, Duration toRespond, Duration toRestore) {

        Instant responded() {
            return raised.plus(toRespond);
        }

        Instant resolved() {
            return raised.plus(toRestore).plus(WRITE_UP);
        }
    }

    private static final Duration WRITE_UP = Duration.ofMinutes(10);

    /** Runs inside the demo's transaction; {@code productions} in the order of the demo's plans. */
    void load(Map<String, Viewer> people, List<Long> productions) {
        Viewer rob = people.get("rob.fletcher");
        Viewer aisha = people.get("aisha.begum");
        Viewer harriet = people.get("harriet.cole");
        Viewer priya = people.get("priya.raman");
        Viewer gareth = people.get("gareth.evans");
        Viewer marcus = people.get("marcus.bell");
        LocalDate today = LocalDate.now(ZONE);
        Long drama = productions.isEmpty() ? null : productions.get(0);

        // on the drama: Aisha is its tech support, so she resolves it
        Ticket gpu = resolved(new Past(harriet, drama, "Resolve grading workstation", SkillCategory.GRADING,
                Severity.P2, "Resolve: GPU memory full when rendering 4K HDR",
                "Render of the HDR master stops at the same shot every time; the viewer goes black while grading.",
                "Render Job 1 failed as the current clip could not be processed. GPU Memory Full. "
                        + "Try reducing the timeline resolution or the number of correctors.", aisha,
                "Rendered the master in two halves with Temporal NR cached, and set the GPU processing mode to CUDA "
                        + "with a single GPU. 4K HDR with this much noise reduction needs more than one 48 GB card "
                        + "holds: render such shows in parts.", ResolutionKind.WORKAROUND, true, null, at(today, 12, 10, 20),
                Duration.ofMinutes(25), Duration.ofHours(3).plusMinutes(20)));
        rate(harriet, gpu, 4, "Got the master out on time; slow, though.");

        Ticket deck = resolved(new Past(priya, null, "Avid workstation, Edit 2", SkillCategory.HARDWARE, Severity.P2,
                "DeckLink not detected after macOS update",
                "After updating the edit bay Mac to macOS 15.2, Resolve and Media Composer show no video output "
                        + "device and the SDI monitor is black.",
                "No DeckLink devices found. Blackmagic Desktop Video: driver extension not loaded (0xE00002C7).",
                aisha, "Reinstalled Desktop Video 12.9, allowed the Blackmagic system extension in System Settings › "
                        + "Privacy & Security, restarted. Both apps see the DeckLink 4K Extreme again.",
                ResolutionKind.FIX, null, null, at(today, 20, 8, 50), Duration.ofMinutes(10), Duration.ofMinutes(50)));
        rate(priya, deck, 5, "Back up before the client arrived.");

        Ticket bins = resolved(new Past(priya, null, "Avid workstation, Edit 1", SkillCategory.EDITING_SYSTEMS,
                Severity.P3, "Media Composer: bins locked after a crash",
                "After Media Composer crashed on the shared project, nobody can open three of the bins.",
                "Exception: BIN_LOCKED. The bin is locked by another user (avid-edit-3). NXN_ERR_FILE_LOCKED", rob,
                "Removed the stale .lck files for those bins from the project folder on the NEXIS workspace.",
                ResolutionKind.FIX, null, null, at(today, 9, 14, 5), Duration.ofMinutes(10), Duration.ofMinutes(25)));
        rate(priya, bins, 3, null);
        // it came back four days later on the same workstation: the crash left locks again, so the fix only treated
        // the symptom. Raising it counts the recurrence against the first solution.
        resolved(new Past(priya, null, "Avid workstation, Edit 1", SkillCategory.EDITING_SYSTEMS, Severity.P3,
                "Media Composer: bins locked again after another crash",
                "Media Composer crashed again on the shared project and two bins are locked.",
                "Exception: BIN_LOCKED. The bin is locked by another user (avid-edit-3).", rob,
                "Updated Media Composer to 2024.10, which clears its own bin locks when it restarts after a crash.",
                ResolutionKind.FIX, null, null, at(today, 5, 11, 30), Duration.ofMinutes(30), Duration.ofHours(2)));

        resolved(new Past(gareth, null, null, SkillCategory.AUDIO, Severity.P2, "Pro Tools: disk too slow during the mix",
                "Playback stops a few minutes into the reel with the disk error; worse when the grade renders.",
                "Could not complete your request because the disk is too slow or fragmented (-9073).", aisha,
                "Moved the session to the stage's local NVMe drive for the day.", ResolutionKind.WORKAROUND, false,
                "The stems must live on the SAN for the deliverables check; the SAN volume's QoS needs fixing.",
                at(today, 3, 15, 40), Duration.ofMinutes(15), Duration.ofHours(1)));

        Ticket cuda = resolved(new Past(marcus, null, "Render node 1", SkillCategory.VFX, Severity.P2,
                "Fusion will not start on the render node", "Fusion Render Node exits at start; jobs sit queued.",
                "Failed to initialize CUDA: CUDA driver version is insufficient for CUDA runtime version (error 35)",
                rob, "Rolled the NVIDIA driver back to the 550 Studio branch qualified for this Fusion version.",
                ResolutionKind.FIX, null, null, at(today, 27, 9, 45), Duration.ofMinutes(35), Duration.ofHours(5)));
        rate(marcus, cuda, 4, null);

        solutions.ofTicket(aisha, deck.id()).ifPresent(solution -> articles.create(aisha, new ArticleFields(
                "After a macOS update: DeckLink and UltraStudio devices disappear",
                "Symptom: after a macOS update, Resolve, Media Composer and Premiere show no Blackmagic video "
                        + "output, and Desktop Video Setup says no DeckLink devices found.\n\n"
                        + "Cause: the update disables the Blackmagic driver extension until it is allowed again.\n\n"
                        + "Fix: install Desktop Video 12.9 (or later), open System Settings › Privacy & Security, "
                        + "allow the Blackmagic Design system extension, and restart. Check the device in Desktop "
                        + "Video Setup before opening the edit software.",
                SkillCategory.HARDWARE, List.of(solution.id()))));
    }

    /**
     * Raises the ticket as of when it happened, takes it on (assigned a minute before the engineer says so by moving
     * it on: that is the first response) and resolves it: the solution is recorded there.
     */
    private Ticket resolved(Past p) {
        List<Long> kit = kit(p.kit()).map(List::of).orElse(List.of());
        Ticket raised = tickets.raiseAsOf(p.requester(), new TicketFields(p.summary(), p.symptoms(), p.error(),
                p.severity(), p.category(), kit, p.production(), List.of()), p.raised());
        tickets.assignAsOf(p.engineer(), raised.id(), p.engineer().username(), null,
                p.responded().minus(Duration.ofMinutes(1)));
        tickets.moveAsOf(p.engineer(), raised.id(), TicketStatus.IN_PROGRESS, null, p.responded());
        Long applied = kit.isEmpty() ? null : appliedTo(p.engineer(), kit.get(0), p.resolved());
        return tickets.resolveAsOf(p.engineer(), raised.id(), new TicketService.ResolutionFields(p.done(), p.kind(),
                p.acceptable(), p.whyNot(), applied, p.raised().plus(p.toRestore()), null), p.resolved());
    }

    /** The configuration the fix applied to: the kit's newest snapshot taken by the time it was resolved. */
    private Long appliedTo(Viewer engineer, long kitId, Instant resolved) {
        return configs.history(engineer, kitId, org.postops.app.web.Paging.of(0, 50)).items().stream()
                .filter(snapshot -> !snapshot.takenAt().isAfter(resolved)).map(SnapshotSummary::id).findFirst()
                .orElse(null);
    }

    /** The requester rates the fix a couple of hours after it was resolved. */
    private void rate(Viewer requester, Ticket ticket, int rating, String comment) {
        tickets.rateAsOf(requester, ticket.id(), rating, comment,
                ticket.resolution().resolvedAt().plus(Duration.ofHours(2)));
    }

    /** {@code daysAgo} days before today, at this time of day on the facility's clock. */
    private static Instant at(LocalDate today, int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private Optional<Long> kit(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return kits.choices(500).stream().filter(k -> k.name().equals(name)).map(KitService.KitRef::id).findFirst();
    }
}

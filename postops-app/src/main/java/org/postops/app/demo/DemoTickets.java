package org.postops.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.postops.app.kit.KitService;
import org.postops.app.skill.SkillCategory;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.postops.app.ticket.OptionKind;
import org.postops.app.ticket.ResolutionKind;
import org.postops.app.ticket.Severity;
import org.postops.app.ticket.Ticket;
import org.postops.app.ticket.TicketFields;
import org.postops.app.ticket.TicketService;
import org.postops.app.ticket.TicketStatus;
import org.springframework.stereotype.Component;

/**
 * Tickets as a support desk has them, through the real service: a P1 on the drama's grading monitor left too long
 * (its targets breached: the one ticket the story shows missing them), a P2 on the SAN waiting on the vendor with
 * its options weighed, and a resolved fix its requester rated. Each step happens when the story says it did (the
 * service's "as of" changes), so the other two met their first-response targets and the fix its resolution target,
 * as their clocks show. The knowledge base's history comes from {@link DemoSolutions}.
 */
@Component
class DemoTickets {

    private final TicketService tickets;
    private final TaskService tasks;
    private final KitService kits;

    DemoTickets(TicketService tickets, TaskService tasks, KitService kits) {
        this.tickets = tickets;
        this.tasks = tasks;
        this.kits = kits;
    }

    /** {@code productions} in the order of the demo's plans (drama, documentary, commercial). */
    void load(Map<String, Viewer> people, List<Long> productions, Instant now) {
        Viewer supervisor = people.get("harriet.cole");
        Viewer engineer = people.get("aisha.begum");
        Viewer second = people.get("rob.fletcher");
        if (productions.isEmpty() || supervisor == null || engineer == null || second == null) {
            return;
        }
        long drama = productions.get(0);
        List<Long> dramaTask = firstTask(supervisor, drama);
        // on the grade's reference monitor, booked to the drama's grade: the At risk page ranks it first
        tickets.raiseAsOf(supervisor, new TicketFields("Grading reference monitor shuts down mid-session",
                "The monitor powers off after about twenty minutes; the grade cannot be judged in HDR.",
                "OVERTEMP (E-214)", Severity.P1, SkillCategory.HARDWARE, kit("Sony BVM-HX3110 reference monitor"),
                drama, dramaTask),
                now.minus(Duration.ofHours(7)));

        // answered within a quarter of an hour, options weighed within the hour, then on the vendor
        Instant sanRaised = now.minus(Duration.ofHours(3));
        Ticket vendor = tickets.raiseAsOf(supervisor, new TicketFields("SAN volume drops out during playback",
                "Frames drop and the volume unmounts for a few seconds, two or three times a day.",
                "nfs: server san-01 not responding, still trying", Severity.P2, SkillCategory.STORAGE,
                kit("Shared storage (SAN)"),
                productions.size() > 1 ? productions.get(1) : drama, List.of()), sanRaised);
        tickets.assignAsOf(engineer, vendor.id(), engineer.username(), null, sanRaised.plus(Duration.ofMinutes(11)));
        tickets.moveAsOf(engineer, vendor.id(), TicketStatus.IN_PROGRESS, "Looking at the switch logs",
                sanRaised.plus(Duration.ofMinutes(12)));
        tickets.addOptionAsOf(engineer, vendor.id(), new TicketService.OptionFields(OptionKind.VENDOR_CALL_OUT,
                "Vendor engineer on site to replace the controller", 95000L, "GBP", 24, 0,
                "Next business day under the support contract"), sanRaised.plus(Duration.ofMinutes(48)));
        tickets.addOptionAsOf(engineer, vendor.id(), new TicketService.OptionFields(OptionKind.WORKAROUND,
                "Work from the nearline copy on the second volume", 0L, "GBP", 1, 30,
                "Enough space for the current reels only"), sanRaised.plus(Duration.ofMinutes(52)));
        Ticket weighed = tickets.get(engineer, vendor.id());
        tickets.chooseOptionAsOf(engineer, vendor.id(), weighed.options().get(1).id(),
                "Keeps the edit going today; the call-out is booked as well", sanRaised.plus(Duration.ofMinutes(58)));
        tickets.moveAsOf(engineer, vendor.id(), TicketStatus.WAITING_ON_VENDOR, "Controller replacement booked",
                sanRaised.plus(Duration.ofMinutes(70)));

        // taken on within the hour, fixed that afternoon, rated before the end of the day
        long last = productions.get(productions.size() - 1);
        Instant syncRaised = now.minus(Duration.ofHours(26));
        Ticket fixed = tickets.raiseAsOf(supervisor, new TicketFields("Audio out of sync on the client monitor",
                "Sound is about two frames late on the client monitor only.", null, Severity.P3,
                SkillCategory.AUDIO, List.of(), last, List.of()), syncRaised);
        tickets.moveAsOf(second, fixed.id(), TicketStatus.IN_PROGRESS, null, syncRaised.plus(Duration.ofMinutes(40)));
        tickets.resolveAsOf(second, fixed.id(), new TicketService.ResolutionFields(
                "Set the monitor's audio delay to match its video processing (2 frames)", ResolutionKind.FIX, null,
                null, null, syncRaised.plus(Duration.ofHours(2).plusMinutes(50)), null),
                syncRaised.plus(Duration.ofHours(3)));
        tickets.rateAsOf(supervisor, fixed.id(), 5, "In sync again, thank you", syncRaised.plus(Duration.ofHours(5)));
    }

    private List<Long> kit(String name) {
        return kits.choices(500).stream().filter(k -> k.name().equals(name)).map(KitService.KitRef::id).limit(1)
                .toList();
    }

    private List<Long> firstTask(Viewer viewer, long production) {
        return tasks.plan(viewer, production).stream().findFirst().map(PlannedTask::id).map(List::of)
                .orElse(List.of());
    }
}

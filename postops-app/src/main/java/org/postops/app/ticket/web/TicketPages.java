package org.postops.app.ticket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.Viewer;
import org.postops.app.config.ConfigService;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionSummary;
import org.postops.app.skill.SkillCategory;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.Task;
import org.postops.app.solution.SolutionService;
import org.postops.app.task.TaskService;
import org.postops.app.ticket.OptionKind;
import org.postops.app.ticket.ResolutionKind;
import org.postops.app.ticket.Severity;
import org.postops.app.ticket.Ticket;
import org.postops.app.ticket.TicketFields;
import org.postops.app.ticket.TicketService;
import org.postops.app.ticket.TicketStatus;
import org.postops.app.ticket.insight.TicketImpact;
import org.postops.app.ticket.insight.TicketInsights;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ticket pages: the list with its filters and service-clock badges, the form to raise one (pre-linked from a task,
 * kit or production), and each ticket with its links, clocks, timeline, moves, assignment, options, solution and
 * rating. A refused form comes back with the reason.
 */
@PageController
class TicketPages {

    /** Working days down the impact section offers (as the kit's impact page). */
    static final List<Integer> DAY_CHOICES = List.of(1, 2, 3, 5, 10, 15, 20, 30, 40, 60);

    private final TicketService tickets;
    private final TicketInsights insights;
    private final SolutionService solutions;
    private final ProductionService productions;
    private final TaskService tasks;
    private final ConfigService configs;

    TicketPages(TicketService tickets, TicketInsights insights, SolutionService solutions,
            ProductionService productions, TaskService tasks, ConfigService configs) {
        this.tickets = tickets;
        this.insights = insights;
        this.solutions = solutions;
        this.productions = productions;
        this.tasks = tasks;
        this.configs = configs;
    }

    /** A configuration snapshot the resolution may name: of one of the ticket's kit, newest first. */
    record SnapshotChoice(long id, String kitName, java.time.Instant takenAt) {
    }

    private List<SnapshotChoice> snapshotChoices(Viewer viewer, Ticket t) {
        List<SnapshotChoice> choices = new java.util.ArrayList<>();
        for (Ticket.KitLink k : t.kit()) {
            configs.history(viewer, k.id(), Paging.of(0, 10)).items()
                    .forEach(s -> choices.add(new SnapshotChoice(s.id(), k.name(), s.takenAt())));
        }
        choices.sort(java.util.Comparator.comparing(SnapshotChoice::takenAt).reversed());
        return choices;
    }

    @GetMapping("/tickets")
    String list(Viewer viewer, @RequestParam(required = false) String status,
            @RequestParam(required = false) String severity, @RequestParam(required = false) boolean mine,
            @RequestParam(required = false) boolean assigned, @RequestParam(required = false) boolean breached,
            @RequestParam(required = false) boolean open, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        Inputs in = new Inputs();
        TicketStatus s = in.choice("status", TicketStatus.class, status);
        Severity sev = in.choice("severity", Severity.class, severity);
        in.check();
        model.addAttribute("tickets", tickets.list(viewer, new TicketService.Filter(s, sev, open, mine, assigned,
                breached, null, null, Inputs.text(q)), Paging.of(page, 50)));
        model.addAttribute("status", s);
        model.addAttribute("severity", sev);
        model.addAttribute("mine", mine);
        model.addAttribute("assigned", assigned);
        model.addAttribute("breached", breached);
        model.addAttribute("open", open);
        model.addAttribute("q", Inputs.text(q));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("severities", Severity.values());
        return "ticket/list";
    }

    /**
     * The form, pre-linked to a task (its production too), kit (one or more {@code kitId}: Ask for help names the
     * kit whose configuration needs the skill) or a production. The task is checked first: one of a production the
     * viewer may not see is "not found" exactly as one that does not exist, whatever kit comes with it; unknown kit
     * is "not found" as on the kit's page.
     */
    @GetMapping("/tickets/new")
    String form(Viewer viewer, @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) List<Long> kitId, @RequestParam(required = false) Long productionId,
            Model model) {
        Long production = productionId;
        List<Long> checkedTasks = new ArrayList<>();
        if (taskId != null) {
            Task task = tasks.get(viewer, taskId);
            production = task.productionId();
            checkedTasks.add(task.id());
        }
        List<Long> checkedKit = kitId == null ? List.of()
                : tickets.kitToLink(viewer, kitId).stream().map(Ticket.KitLink::id).toList();
        fill(viewer, model, production, checkedTasks, checkedKit);
        return "ticket/new";
    }

    private void fill(Viewer viewer, Model model, Long production, List<Long> checkedTasks, List<Long> checkedKit) {
        List<ProductionSummary> visible = productions.list(viewer, null, Paging.of(0, 500)).items();
        List<PlannedTask> plan = List.of();
        if (production != null) {
            productions.access(viewer, production, org.postops.app.access.ConfidentialityPolicy.Access.VIEW);
            plan = tasks.plan(viewer, production);
        }
        model.addAttribute("productions", visible);
        model.addAttribute("productionId", production);
        model.addAttribute("plan", plan);
        model.addAttribute("checkedTasks", checkedTasks);
        model.addAttribute("kitChoices", tickets.kitChoices(viewer, checkedKit));
        model.addAttribute("checkedKit", checkedKit);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("categories", SkillCategory.values());
        model.addAttribute("targets", tickets.targets());
        model.addAttribute("similar", List.of()); // filled in as the summary, symptoms and error text are typed
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }

    @PostMapping("/tickets")
    String raise(Viewer viewer, @RequestParam MultiValueMap<String, String> form, Model model) {
        Inputs in = new Inputs();
        Severity severity = in.choice("severity", Severity.class, form.getFirst("severity"));
        SkillCategory category = in.choice("category", SkillCategory.class, form.getFirst("category"));
        Long production = in.id("productionId", form.getFirst("productionId"));
        List<Long> kit = ids(in, "kitIds", form.getOrDefault("kitIds", List.of()));
        List<Long> taskIds = ids(in, "taskIds", form.getOrDefault("taskIds", List.of()));
        try {
            in.check();
            Ticket created = tickets.raise(viewer, new TicketFields(form.getFirst("summary"),
                    form.getFirst("symptoms"), form.getFirst("errorText"), severity, category, kit, production,
                    taskIds));
            return "redirect:/tickets/" + created.id();
        } catch (Problem p) {
            if (p.status().value() == 404 && p.errors().isEmpty() && production != null) {
                throw p;
            }
            model.addAttribute("refused", p.getMessage());
            model.addAttribute("form", form.toSingleValueMap());
            fill(viewer, model, production, taskIds, kit);
            return "ticket/new";
        }
    }

    private static List<Long> ids(Inputs in, String field, List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String v : values) {
            Long id = in.id(field, v);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    @GetMapping("/tickets/{id}")
    String show(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String days, Model model) {
        Ticket t = tickets.get(viewer, id);
        model.addAttribute("t", t);
        Inputs in = new Inputs();
        Integer asked = in.whole("days", days);
        TicketImpact impact;
        try {
            in.check();
            impact = insights.impact(viewer, t, asked);
        } catch (Problem p) {
            model.addAttribute("daysRefused", p.getMessage());
            impact = insights.impact(viewer, t, null);
        }
        model.addAttribute("impact", impact);
        Map<Long, TicketImpact.OptionImpact> byOption = new java.util.HashMap<>();
        impact.options().forEach(o -> byOption.put(o.optionId(), o));
        model.addAttribute("optionImpact", byOption);
        model.addAttribute("dayChoices", DAY_CHOICES);
        model.addAttribute("experts", t.open() ? insights.experts(t) : List.of());
        model.addAttribute("whatChanged", insights.whatChanged(t));
        model.addAttribute("knowledge", t.resolution() == null ? Optional.empty() : solutions.ofTicket(viewer, id));
        model.addAttribute("isRequester", t.requester().username().equals(viewer.username()));
        model.addAttribute("optionKinds", OptionKind.values());
        model.addAttribute("resolutionKinds", ResolutionKind.values());
        model.addAttribute("mayResolve", t.status().mayMoveTo(TicketStatus.RESOLVED));
        model.addAttribute("snapshotChoices", t.status().mayMoveTo(TicketStatus.RESOLVED) ? snapshotChoices(viewer, t)
                : List.of());
        model.addAttribute("moves", t.next().stream().filter(s -> s != TicketStatus.RESOLVED).sorted().toList());
        return "ticket/page";
    }

    @PostMapping("/tickets/{id}/status")
    String move(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String note, @RequestParam(required = false) String version,
            RedirectAttributes flash) {
        return act(id, flash, "Status changed.", () -> {
            Inputs in = new Inputs();
            TicketStatus to = in.choice("status", TicketStatus.class, status);
            Integer v = in.whole("version", version);
            in.check();
            tickets.move(viewer, id, to, note, Optional.ofNullable(v));
        });
    }

    @PostMapping("/tickets/{id}/assignment")
    String assign(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String expertId, @RequestParam(required = false) String version,
            RedirectAttributes flash) {
        return act(id, flash, "Assigned.", () -> {
            Inputs in = new Inputs();
            Long expert = in.id("expertId", expertId);
            Integer v = in.whole("version", version);
            in.check();
            tickets.assign(viewer, id, assignee, expert, Optional.ofNullable(v));
        });
    }

    @PostMapping("/tickets/{id}/updates")
    String update(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String body,
            RedirectAttributes flash) {
        return act(id, flash, "Update added.", () -> tickets.addUpdate(viewer, id, body, Optional.empty()));
    }

    @PostMapping("/tickets/{id}/options")
    String option(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        return act(id, flash, "Option recorded.", () -> {
            Inputs in = new Inputs();
            OptionKind kind = in.choice("kind", OptionKind.class, form.getFirst("kind"));
            String currency = Inputs.text(form.getFirst("currency"));
            Long cost = in.money("cost", form.getFirst("cost"), currency == null ? "GBP" : currency);
            Integer hours = in.whole("restoreHours", form.getFirst("restoreHours"));
            Integer minutes = in.whole("restoreMinutes", form.getFirst("restoreMinutes"));
            in.check();
            tickets.addOption(viewer, id, new TicketService.OptionFields(kind, form.getFirst("description"), cost,
                    cost == null ? null : currency == null ? "GBP" : currency, hours, minutes,
                    form.getFirst("feasibility")), Optional.empty());
        });
    }

    @PostMapping("/tickets/{id}/options/{optionId}/choice")
    String choose(Viewer viewer, @PathVariable long id, @PathVariable long optionId,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return act(id, flash, "Option chosen.", () -> tickets.chooseOption(viewer, id, optionId, reason,
                Optional.empty()));
    }

    @PostMapping("/tickets/{id}/resolution")
    String resolve(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        return act(id, flash, "Resolved; the requester can now rate the solution.", () -> {
            Inputs in = new Inputs();
            ResolutionKind kind = in.choice("kind", ResolutionKind.class, form.getFirst("kind"));
            String acceptable = Inputs.text(form.getFirst("workaroundAcceptable"));
            Long snapshot = in.id("snapshotId", form.getFirst("snapshotId"));
            Integer v = in.whole("version", form.getFirst("version"));
            in.check();
            tickets.resolve(viewer, id, new TicketService.ResolutionFields(form.getFirst("whatWasDone"), kind,
                    acceptable == null ? null : Boolean.valueOf(acceptable), form.getFirst("whyNotAcceptable"),
                    snapshot, null, form.getFirst("note")), Optional.ofNullable(v));
        });
    }

    @PostMapping("/tickets/{id}/rating")
    String rate(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String rating,
            @RequestParam(required = false) String comment, RedirectAttributes flash) {
        return act(id, flash, "Thank you: your rating is recorded.", () -> {
            Inputs in = new Inputs();
            Integer r = in.whole("rating", rating);
            in.check();
            tickets.rate(viewer, id, r, comment);
        });
    }

    /** Runs a change and goes back to the ticket, with a notice or the refusal; a ticket not found stays not found. */
    private String act(long id, RedirectAttributes flash, String notice, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", notice);
        } catch (Problem p) {
            if (p.status().value() == 404 && p.getMessage().startsWith("ticket")) {
                throw p;
            }
            flash.addFlashAttribute("refused", p.getMessage());
        }
        return "redirect:/tickets/" + id;
    }
}

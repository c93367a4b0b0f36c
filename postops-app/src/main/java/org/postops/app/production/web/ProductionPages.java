package org.postops.app.production.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.MemberRole;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.production.Member;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionFields;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionStatus;
import org.postops.app.production.ProductionType;
import org.postops.app.production.Scan;
import org.postops.app.production.Stage;
import org.postops.app.schedule.web.ScheduleSummaries;
import org.postops.app.task.Task;
import org.postops.app.task.TaskFields;
import org.postops.app.task.TaskForm;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.postops.app.task.TaskSummary;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The production pages: the list, the new-production form, a production's own page (brief, spec,
 * board, team) and its edit form. Everything goes through the services, which filter by the viewer.
 */
@PageController
class ProductionPages {

    /** A column of the board: a stage (or no stage) and its tasks. */
    record Column(Long stageId, String name, List<TaskSummary> tasks) {
    }

    /** The most tasks the board shows; a production with more says so and links to search. */
    static final int BOARD_LIMIT = 500;

    private final ProductionService productions;
    private final TaskService tasks;
    private final UserService users;
    private final Formats formats;
    private final ScheduleSummaries schedules;

    ProductionPages(ProductionService productions, TaskService tasks, UserService users, Formats formats,
            ScheduleSummaries schedules) {
        this.productions = productions;
        this.tasks = tasks;
        this.users = users;
        this.formats = formats;
        this.schedules = schedules;
    }

    @GetMapping("/productions")
    String list(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("q", Inputs.text(q));
        model.addAttribute("productions", productions.list(viewer, Inputs.text(q), Paging.of(page, 25)));
        model.addAttribute("mayCreate", ConfidentialityPolicy.mayCreateProductions(viewer));
        return "production/list";
    }

    @GetMapping("/productions/new")
    String newForm(Viewer viewer, Model model) {
        return newForm(viewer, ProductionForm.blank(), FormErrors.none(), model);
    }

    private String newForm(Viewer viewer, ProductionForm form, FormErrors errors, Model model) {
        if (!ConfidentialityPolicy.mayCreateProductions(viewer)) {
            throw Problem.forbidden("only staff and administrators may start productions");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", productions.list(viewer, null, Paging.of(0, Paging.MAX_SIZE)).items());
        model.addAttribute("types", ProductionType.values());
        return "production/new";
    }

    @PostMapping("/productions")
    String create(Viewer viewer, @ModelAttribute ProductionForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            ProductionFields fields = form.forCreate(in);
            Long copyFrom = in.id("copyFrom", form.copyFrom());
            in.check();
            Production created = productions.create(viewer, fields, copyFrom);
            flash.addFlashAttribute("notice", "Production '" + created.name() + "' created.");
            return "redirect:/productions/" + created.id();
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            return newForm(viewer, form, FormErrors.of(p), model);
        }
    }

    @GetMapping("/productions/{id}")
    String show(Viewer viewer, @PathVariable long id, Model model) {
        return show(viewer, id, model, Map.of());
    }

    /** The production page; {@code refused} holds the errors of one of its small forms, by form name. */
    String show(Viewer viewer, long id, Model model, Map<String, FormErrors> refused) {
        Production production = productions.get(viewer, id);
        Optional<MemberRole> role = Optional.ofNullable(production.myRole());
        List<Member> members = productions.members(viewer, id);
        PageOf<TaskSummary> all = tasks.ofProduction(viewer, id, null, null, Paging.of(0, BOARD_LIMIT));
        model.addAttribute("production", production);
        model.addAttribute("members", members);
        model.addAttribute("columns", board(production.stages(), all.items()));
        model.addAttribute("taskCount", all.total());
        model.addAttribute("scheduleSummary", schedules.summary(viewer, id));
        boolean mayManage = ConfidentialityPolicy.allows(viewer, role, Access.MANAGE);
        model.addAttribute("mayManage", mayManage);
        // suggestions for the add-member field: active people not yet on the team (managers are never clients)
        model.addAttribute("people", !mayManage ? List.of() : users.list(viewer, null, Paging.of(0, Paging.MAX_SIZE))
                .items().stream().filter(u -> u.active() && members.stream().noneMatch(m -> m.userId() == u.id()))
                .toList());
        model.addAttribute("mayWork", ConfidentialityPolicy.allows(viewer, role, Access.WORK));
        model.addAttribute("memberRoles", MemberRole.values());
        for (String form : List.of("stage", "stages", "member", "task")) {
            model.addAttribute(form + "Errors", refused.getOrDefault(form, FormErrors.none()));
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", TaskForm.blank(production.stages().isEmpty() ? null
                    : production.stages().get(0).id()));
        }
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", Map.of("username", "", "role", MemberRole.EDITOR.name()));
        }
        return "production/page";
    }

    static List<Column> board(List<Stage> stages, List<TaskSummary> tasks) {
        Map<Long, Column> byStage = new LinkedHashMap<>();
        for (Stage s : stages) {
            byStage.put(s.id(), new Column(s.id(), s.name(), new ArrayList<>()));
        }
        List<TaskSummary> loose = new ArrayList<>();
        for (TaskSummary t : tasks) {
            Column c = t.stageId() == null ? null : byStage.get(t.stageId());
            if (c == null) {
                loose.add(t);
            } else {
                c.tasks().add(t);
            }
        }
        List<Column> columns = new ArrayList<>();
        if (!loose.isEmpty()) { // first, so that tasks waiting to be placed are not off to the side
            columns.add(new Column(null, "No stage", loose));
        }
        columns.addAll(byStage.values());
        return columns;
    }

    @GetMapping("/productions/{id}/edit")
    String editForm(Viewer viewer, @PathVariable long id, Model model) {
        Production production = managed(viewer, id);
        return editForm(production, ProductionForm.of(production, formats), FormErrors.none(), model);
    }

    private String editForm(Production production, ProductionForm form, FormErrors errors, Model model) {
        model.addAttribute("production", production);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", ProductionType.values());
        model.addAttribute("statuses", ProductionStatus.values());
        model.addAttribute("scans", Scan.values());
        return "production/edit";
    }

    @PostMapping("/productions/{id}/edit")
    String update(Viewer viewer, @PathVariable long id, @ModelAttribute ProductionForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Production current = managed(viewer, id);
        try {
            Inputs in = new Inputs();
            ProductionFields fields = form.forUpdate(in, current);
            Integer version = in.whole("version", form.version());
            in.check();
            productions.update(viewer, id, fields, Optional.ofNullable(version));
            flash.addFlashAttribute("notice", "Changes saved.");
            return "redirect:/productions/" + id;
        } catch (Problem p) {
            response.setStatus(p.status().value());
            if (p.status() == HttpStatus.PRECONDITION_FAILED) {
                // keep what they typed, but against the version now stored: saving again is a choice made knowingly
                ProductionForm again = withVersion(form, current.version());
                return editForm(current, again, new FormErrors("Someone else saved changes to this production "
                        + "while you were editing. Your changes are below and have not been saved; open the "
                        + "production in another tab to compare, then save again to replace theirs.", Map.of()),
                        model);
            }
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return editForm(current, form, FormErrors.of(p), model);
        }
    }

    private static ProductionForm withVersion(ProductionForm f, int version) {
        return new ProductionForm(f.name(), f.codename(), f.client(), f.type(), f.status(), f.confidentiality(),
                f.currency(), f.startDate(), f.pictureLockDate(), f.deliveryDate(), f.synopsis(), f.objectives(),
                f.audience(), f.budgetCap(), f.criteria(), f.frameWidth(), f.frameHeight(), f.frameRate(), f.scan(),
                f.aspectRatio(), f.colourPipeline(), f.audioLayout(), f.masteringFormat(), f.deliverableId(),
                f.deliverableName(), f.deliverableFormat(), f.deliverableProfile(), f.copyFrom(),
                String.valueOf(version));
    }

    private Production managed(Viewer viewer, long id) {
        Production production = productions.get(viewer, id);
        if (!ConfidentialityPolicy.allows(viewer, Optional.ofNullable(production.myRole()), Access.MANAGE)) {
            throw Problem.forbidden("only this production's supervisors and producers may change it");
        }
        return production;
    }

    /** Ticks or unticks an acceptance criterion in place (htmx), or reloads the page without script. */
    @PostMapping("/productions/{id}/criteria/{criterionId}")
    String criterion(Viewer viewer, @PathVariable long id, @PathVariable long criterionId,
            @RequestParam(defaultValue = "false") boolean done,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Production production = productions.setCriterionDone(viewer, id, criterionId, done);
        if (htmx == null) {
            return "redirect:/productions/" + id;
        }
        model.addAttribute("production", production);
        model.addAttribute("criterion", production.brief().acceptanceCriteria().stream()
                .filter(c -> Objects.equals(c.id(), criterionId)).findFirst().orElseThrow());
        model.addAttribute("mayManage", true);
        return "production/page :: criterion-changed";
    }

    @PostMapping("/productions/{id}/stages")
    String addStage(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String name, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            Stage stage = productions.addStage(viewer, id, name, null);
            flash.addFlashAttribute("notice", "Stage '" + stage.name() + "' added.");
            return "redirect:/productions/" + id + "#board";
        } catch (Problem p) {
            return refused(viewer, id, "stage", p, model, response);
        }
    }

    @PostMapping("/productions/{id}/members")
    String addMember(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String username,
            @RequestParam(required = false) String role, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            MemberRole memberRole = in.choice("role", MemberRole.class, role);
            in.check();
            Member member = productions.addMember(viewer, id, username, memberRole);
            flash.addFlashAttribute("notice", member.displayName() + " joined the team as "
                    + member.role().label().toLowerCase(java.util.Locale.ROOT) + ".");
            return "redirect:/productions/" + id + "#team";
        } catch (Problem p) {
            model.addAttribute("memberForm", Map.of("username", username == null ? "" : username, "role",
                    role == null ? "" : role));
            return refused(viewer, id, "member", p, model, response);
        }
    }

    /** A manager gives a member another role; a refusal (the last manager, a client) shows atop the team. */
    @PostMapping("/productions/{id}/members/{username}/role")
    String changeMember(Viewer viewer, @PathVariable long id, @PathVariable String username,
            @RequestParam(required = false) String role, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            MemberRole memberRole = in.choice("role", MemberRole.class, role);
            if (memberRole == null) {
                in.add("role", "choose a role");
            }
            in.check();
            Member member = productions.changeMember(viewer, id, username, memberRole);
            flash.addFlashAttribute("notice", member.displayName() + " is now "
                    + member.role().label().toLowerCase(java.util.Locale.ROOT) + " on this production.");
            return "redirect:/productions/" + id + "#team";
        } catch (Problem p) {
            // the complaint is about one row, not the add form below the list: say it in a sentence (one
            // that may start with a username, which stays lower-case as it is typed)
            String summary = p.errors().isEmpty() ? FormErrors.sentence(p.getMessage())
                    : p.errors().get(0).message() + ".";
            return refused(viewer, id, "member", p, new FormErrors(summary, Map.of()), model, response);
        }
    }

    @PostMapping("/productions/{id}/members/{username}/remove")
    String removeMember(Viewer viewer, @PathVariable long id, @PathVariable String username, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            productions.removeMember(viewer, id, username);
            flash.addFlashAttribute("notice", username + " left the team.");
            return "redirect:/productions/" + id + "#team";
        } catch (Problem p) {
            return refused(viewer, id, "member", p, model, response);
        }
    }

    /** Adds a task from the production page's form; the task service checks the viewer is on the team. */
    @PostMapping("/productions/{id}/tasks")
    String addTask(Viewer viewer, @PathVariable long id, @ModelAttribute TaskForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            TaskFields fields = form.fields(in, TaskStatus.TODO, List.of());
            in.check();
            Task task = tasks.create(viewer, id, fields);
            flash.addFlashAttribute("notice", "Task '" + task.title() + "' added.");
            return "redirect:/productions/" + id + "#board";
        } catch (Problem p) {
            model.addAttribute("taskForm", form);
            return refused(viewer, id, "task", p, model, response);
        }
    }

    /**
     * Shows the production page again with a small form's complaint beside it, keeping the status (400,
     * 409) so that the refusal is a refusal. Not-found and forbidden are the error page's business.
     */
    String refused(Viewer viewer, long id, String form, Problem p, Model model, HttpServletResponse response) {
        return refused(viewer, id, form, p, FormErrors.of(p), model, response);
    }

    String refused(Viewer viewer, long id, String form, Problem p, FormErrors errors, Model model,
            HttpServletResponse response) {
        if (p.status() != HttpStatus.BAD_REQUEST && p.status() != HttpStatus.CONFLICT) {
            throw p;
        }
        response.setStatus(p.status().value());
        return show(viewer, id, model, Map.of(form, errors));
    }
}

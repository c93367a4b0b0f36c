package org.postops.app.skill;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Viewer;
import org.postops.app.production.ProductionService;
import org.postops.app.task.Task;
import org.postops.app.task.TaskService;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My skills (one select per skill, saved in one form), the taxonomy (admins change it) and the section of a
 * task's page that says which skills it needs. Skill levels arrive as form fields named {@code skill-<id>}.
 */
@PageController
class SkillPages {

    private final SkillService skills;
    private final TaskService tasks;
    private final ProductionService productions;

    SkillPages(SkillService skills, TaskService tasks, ProductionService productions) {
        this.skills = skills;
        this.tasks = tasks;
        this.productions = productions;
    }

    // my skills

    @GetMapping("/me/skills")
    String mine(Viewer viewer, Model model) {
        return mine(viewer, SkillForm.levelsOf(skills.mySkills(viewer)), FormErrors.none(), model);
    }

    private String mine(Viewer viewer, Map<Long, SkillLevel> chosen, FormErrors errors, Model model) {
        model.addAttribute("groups", SkillForm.groups(skills.taxonomy(viewer, false), chosen, s -> null));
        model.addAttribute("levels", SkillLevel.values());
        model.addAttribute("errors", errors);
        return "skill/mine";
    }

    @PostMapping("/me/skills")
    String saveMine(Viewer viewer, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            skills.saveMySkills(viewer, SkillForm.levels(form));
            flash.addFlashAttribute("notice", "Your skills are saved.");
            return "redirect:/me/skills";
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            return mine(viewer, SkillForm.typed(form, SkillForm.levelsOf(skills.mySkills(viewer))), FormErrors.of(p),
                    model);
        }
    }

    // the taxonomy

    @GetMapping("/skills")
    String taxonomy(Viewer viewer, Model model) {
        return taxonomy(viewer, FormErrors.none(), null, model);
    }

    private String taxonomy(Viewer viewer, FormErrors errors, Long failed, Model model) {
        List<Skill> all = skills.taxonomy(viewer, true);
        model.addAttribute("groups", SkillForm.groups(all, Map.of(), s -> s.retired() ? "retired" : null));
        model.addAttribute("categories", SkillCategory.values());
        model.addAttribute("mayChange", viewer.isAdmin());
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "skill/taxonomy";
    }

    @PostMapping("/skills")
    String create(Viewer viewer, @RequestParam(required = false) String category,
            @RequestParam(required = false) String name, @RequestParam(required = false) String description,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            SkillCategory c = in.choice("category", SkillCategory.class, category);
            in.check();
            Skill created = skills.createSkill(viewer, new SkillFields(c, name, description, false, null));
            flash.addFlashAttribute("notice", "Added " + created.name() + ".");
            return "redirect:/skills";
        } catch (Problem p) {
            return refused(viewer, p, 0L, model, response);
        }
    }

    @PostMapping("/skills/{id}")
    String update(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String name, @RequestParam(required = false) String description,
            @RequestParam(required = false) String retired, @RequestParam(required = false) String version,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            SkillCategory c = in.choice("category", SkillCategory.class, category);
            Integer v = in.whole("version", version);
            in.check();
            Skill after = skills.updateSkill(viewer, id, new SkillFields(c, name, description, retired != null, v),
                    Optional.ofNullable(v));
            flash.addFlashAttribute("notice", "Saved " + after.name() + (after.retired() ? " (retired)." : "."));
            return "redirect:/skills";
        } catch (Problem p) {
            return refused(viewer, p, id, model, response);
        }
    }

    private String refused(Viewer viewer, Problem p, Long failed, Model model, HttpServletResponse response) {
        if (p.status() != HttpStatus.BAD_REQUEST && p.status() != HttpStatus.PRECONDITION_FAILED) {
            throw p;
        }
        response.setStatus(p.status().value());
        return taxonomy(viewer, FormErrors.of(p), failed, model);
    }

    // a task's skills

    @GetMapping("/tasks/{id}/skills")
    String ofTask(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (viewer.isClient() && htmx != null) {
            return "skill/task :: nothing";
        }
        Task task = tasks.get(viewer, id);
        return ofTask(viewer, task, htmx != null, FormErrors.none(), Optional.empty(), model);
    }

    private String ofTask(Viewer viewer, Task task, boolean htmx, FormErrors errors,
            Optional<Map<Long, SkillLevel>> typed, Model model) {
        List<SkillNeed> needs = skills.taskSkills(viewer, task.id());
        boolean mayWork = ConfidentialityPolicy.allows(viewer,
                productions.access(viewer, task.productionId(), Access.VIEW).myRole(), Access.WORK);
        model.addAttribute("task", task);
        model.addAttribute("needs", needs);
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("errors", errors);
        if (mayWork) {
            Map<Long, SkillLevel> chosen = typed.orElse(SkillForm.levelsOf(needs));
            model.addAttribute("groups", SkillForm.groups(skills.taxonomy(viewer, false), chosen, s -> null));
            model.addAttribute("levels", SkillLevel.values());
        }
        return htmx ? "skill/task :: skillsSection" : "skill/task";
    }

    @PostMapping("/tasks/{id}/skills")
    String setOfTask(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Task task = tasks.get(viewer, id);
        try {
            List<SkillNeed> saved = skills.setTaskSkills(viewer, id, SkillForm.levels(form));
            flash.addFlashAttribute("notice", saved.isEmpty() ? "This task needs no particular skills."
                    : "Skills needed: " + saved.stream().map(SkillNeed::describe).collect(Collectors.joining(", "))
                    + ".");
            return "redirect:/tasks/" + id + "#task-skills";
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            return ofTask(viewer, task, false, FormErrors.of(p),
                    Optional.of(SkillForm.typed(form, SkillForm.levelsOf(skills.taskSkills(viewer, id)))), model);
        }
    }
}

package org.postops.app.expert;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.kit.KitType;
import org.postops.app.skill.LevelOf;
import org.postops.app.skill.SkillForm;
import org.postops.app.skill.SkillLevel;
import org.postops.app.skill.SkillNeed;
import org.postops.app.skill.SkillService;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The experts register: the list, one expert, and the form technical support fills in to add or change one. */
@PageController
class ExpertPages {

    /** One skill of an expert: the register's level, their own assessment (staff), and the one that counts. */
    record SkillRow(String skill, String listed, String own, String counts) {
    }

    private final ExpertService experts;
    private final SkillService skills;
    private final UserService users;
    private final Clock clock;

    ExpertPages(ExpertService experts, SkillService skills, UserService users, Clock clock) {
        this.experts = experts;
        this.skills = skills;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/experts")
    String list(Viewer viewer, @RequestParam(defaultValue = "false") boolean inactive, Model model) {
        model.addAttribute("experts", experts.experts(viewer, inactive));
        model.addAttribute("inactive", inactive);
        model.addAttribute("mayChange", ExpertService.mayChangeExperts(viewer));
        model.addAttribute("now", clock.instant());
        return "expert/experts";
    }

    @GetMapping("/experts/{id}")
    String show(Viewer viewer, @PathVariable long id, Model model) {
        Expert expert = experts.expert(viewer, id);
        model.addAttribute("expert", expert);
        model.addAttribute("openNow", expert.hours().openAt(clock.instant()));
        Map<Long, SkillNeed> listed = expert.skills().stream().collect(java.util.stream.Collectors.toMap(
                SkillNeed::skillId, s -> s));
        Map<Long, SkillNeed> own = expert.selfAssessed().stream().collect(java.util.stream.Collectors.toMap(
                SkillNeed::skillId, s -> s));
        model.addAttribute("skillRows", expert.levels().values().stream().map(s -> new SkillRow(s.skill(),
                Optional.ofNullable(listed.get(s.skillId())).map(n -> n.level().label()).orElse("—"),
                Optional.ofNullable(own.get(s.skillId())).map(n -> n.level().label()).orElse("—"),
                s.level().label())).toList());
        model.addAttribute("mayChange", ExpertService.mayChangeExperts(viewer));
        return "expert/expert";
    }

    @GetMapping("/experts/new")
    String blank(Viewer viewer, Model model) {
        experts.experts(viewer, false); // clients: not found
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "staff");
        form.add("always", "true");
        form.add("active", "true");
        return form(viewer, null, form, FormErrors.none(), model);
    }

    @GetMapping("/experts/{id}/edit")
    String edit(Viewer viewer, @PathVariable long id, Model model) {
        Expert e = experts.expert(viewer, id);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", e.kind().name().toLowerCase());
        Optional.ofNullable(e.username()).ifPresent(u -> form.add("username", u));
        form.add("name", e.name());
        Optional.ofNullable(e.organisation()).ifPresent(v -> form.add("organisation", v));
        Optional.ofNullable(e.email()).ifPresent(v -> form.add("email", v));
        Optional.ofNullable(e.phone()).ifPresent(v -> form.add("phone", v));
        Optional.ofNullable(e.url()).ifPresent(v -> form.add("url", v));
        Optional.ofNullable(e.notes()).ifPresent(v -> form.add("notes", v));
        SupportHours h = e.hours();
        if (h.always()) {
            form.add("always", "true");
        } else {
            h.days().forEach(d -> form.add("days", d.name()));
            form.add("opens", h.opens().toString());
            form.add("closes", h.closes().toString());
            form.add("zone", h.zone());
        }
        e.kitTypes().forEach(k -> form.add("kitTypes", k.name()));
        e.skills().forEach(s -> form.add(SkillForm.FIELD + s.skillId(), s.level().name().toLowerCase()));
        if (e.active()) {
            form.add("active", "true");
        }
        form.add("version", Integer.toString(e.version()));
        return form(viewer, e, form, FormErrors.none(), model);
    }

    private String form(Viewer viewer, Expert expert, MultiValueMap<String, String> form, FormErrors errors,
            Model model) {
        if (!ExpertService.mayChangeExperts(viewer)) {
            throw Problem.forbidden("only technical support and administrators may change the experts register");
        }
        Map<Long, SkillLevel> chosen = SkillForm.typed(form.toSingleValueMap(), Map.of());
        model.addAttribute("expert", expert);
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("days", form.getOrDefault("days", List.of()));
        model.addAttribute("kit", form.getOrDefault("kitTypes", List.of()));
        model.addAttribute("kinds", ExpertKind.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("kitTypes", KitType.values());
        model.addAttribute("groups", SkillForm.groups(skills.taxonomy(viewer, false), chosen, s -> null));
        model.addAttribute("levels", SkillLevel.values());
        model.addAttribute("errors", errors);
        return "expert/expert-form";
    }

    @PostMapping("/experts")
    String create(Viewer viewer, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        // before the form is read (it looks usernames up): a client must not learn which ones exist
        ExpertService.requireMayChange(viewer);
        try {
            Expert created = experts.createExpert(viewer, fields(form));
            flash.addFlashAttribute("notice", created.name() + " is in the register.");
            return "redirect:/experts/" + created.id();
        } catch (Problem p) {
            return refused(viewer, null, form, p, model, response);
        }
    }

    @PostMapping("/experts/{id}")
    String update(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        Expert before = experts.expert(viewer, id);
        try {
            ExpertFields f = fields(form);
            Expert after = experts.updateExpert(viewer, id, f, Optional.ofNullable(f.version()));
            flash.addFlashAttribute("notice", after.name() + " saved.");
            return "redirect:/experts/" + id;
        } catch (Problem p) {
            return refused(viewer, before, form, p, model, response);
        }
    }

    private String refused(Viewer viewer, Expert expert, MultiValueMap<String, String> form, Problem p, Model model,
            HttpServletResponse response) {
        if (p.status() != HttpStatus.BAD_REQUEST && p.status() != HttpStatus.PRECONDITION_FAILED) {
            throw p;
        }
        response.setStatus(p.status().value());
        FormErrors errors = p.status() == HttpStatus.PRECONDITION_FAILED ? new FormErrors("Someone else changed "
                + "this expert while you were editing; nothing was saved. Open it again to see their change.",
                Map.of()) : FormErrors.of(p);
        return form(viewer, expert, form, errors, model);
    }

    /** The form as the service's fields; wrong entries become field complaints, all at once. */
    private ExpertFields fields(MultiValueMap<String, String> form) {
        Inputs in = new Inputs();
        ExpertKind kind = in.choice("kind", ExpertKind.class, form.getFirst("kind"));
        Long userId = null;
        String username = Inputs.text(form.getFirst("username"));
        if (username != null) {
            userId = users.findByUsername(username).map(UserAccount::id).orElse(null);
            if (userId == null) {
                in.add("userId", "no user called '" + username + "'");
            }
        }
        boolean always = form.getFirst("always") != null;
        SupportHours hours = SupportHours.twentyFourSeven();
        if (!always) {
            List<DayOfWeek> days = new ArrayList<>();
            for (String d : form.getOrDefault("days", List.of())) {
                DayOfWeek day = in.choice("hours.days", DayOfWeek.class, d);
                if (day != null) {
                    days.add(day);
                }
            }
            hours = new SupportHours(false, days, time(in, "hours.opens", form.getFirst("opens")),
                    time(in, "hours.closes", form.getFirst("closes")), Inputs.text(form.getFirst("zone")));
        }
        List<KitType> kit = new ArrayList<>();
        for (String k : form.getOrDefault("kitTypes", List.of())) {
            KitType type = in.choice("kitTypes", KitType.class, k);
            if (type != null) {
                kit.add(type);
            }
        }
        Integer version = in.whole("version", form.getFirst("version"));
        List<LevelOf> levels;
        try {
            levels = SkillForm.levels(form.toSingleValueMap());
        } catch (Problem p) {
            p.errors().forEach(e -> in.add(e.field(), e.message()));
            levels = List.of();
        }
        in.check();
        return new ExpertFields(kind, userId, form.getFirst("name"), form.getFirst("organisation"),
                Inputs.text(form.getFirst("email")), form.getFirst("phone"), form.getFirst("url"),
                form.getFirst("notes"), hours, levels, kit, form.getFirst("active") != null, version);
    }

    private static LocalTime time(Inputs in, String field, String value) {
        String v = Inputs.text(value);
        try {
            return v == null ? null : LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            in.add(field, "must be a time of day such as 09:00");
            return null;
        }
    }
}

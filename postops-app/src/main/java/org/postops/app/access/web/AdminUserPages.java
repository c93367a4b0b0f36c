package org.postops.app.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.Role;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** People, for administrators: the list, a form to add someone, and each person's role and active switch. */
@PageController
class AdminUserPages {

    /** The add-someone form as typed. */
    record NewUserForm(String username, String displayName, String email, String role, String password,
            String timeZone) {

        static NewUserForm blank() {
            return new NewUserForm(null, null, null, Role.STAFF.name(), null, UserService.DEFAULT_ZONE);
        }
    }

    private final UserService users;
    private final Validator validator;

    AdminUserPages(UserService users, Validator validator) {
        this.users = users;
        this.validator = validator;
    }

    @GetMapping("/admin/users")
    String list(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        return list(viewer, q, page, NewUserForm.blank(), FormErrors.none(), FormErrors.none(), model);
    }

    private String list(Viewer viewer, String q, Integer page, NewUserForm form, FormErrors createErrors,
            FormErrors rowErrors, Model model) {
        model.addAttribute("q", Inputs.text(q));
        model.addAttribute("users", users.list(viewer, Inputs.text(q), Paging.of(page, 50)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", createErrors);
        model.addAttribute("rowErrors", rowErrors);
        return "access/users";
    }

    @PostMapping("/admin/users")
    String create(Viewer viewer, NewUserForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            Role role = in.choice("role", Role.class, form.role());
            in.check();
            UserService.NewUser request = new UserService.NewUser(Inputs.text(form.username()),
                    Inputs.text(form.displayName()), Inputs.text(form.email()), role, form.password(),
                    Inputs.text(form.timeZone()));
            UserAccount created = users.create(viewer, FieldChecks.check(validator, request));
            flash.addFlashAttribute("notice", created.displayName() + " (" + created.username() + ") can now sign in.");
            return "redirect:/admin/users";
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST && p.status() != HttpStatus.CONFLICT) {
                throw p;
            }
            response.setStatus(p.status().value());
            NewUserForm again = new NewUserForm(form.username(), form.displayName(), form.email(), form.role(), null,
                    form.timeZone());
            return list(viewer, null, null, again, FormErrors.of(p), FormErrors.none(), model);
        }
    }

    @PostMapping("/admin/users/{id}/role")
    String role(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String role,
            @RequestParam(required = false) String version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        return change(viewer, id, version, model, flash, response, (user, in) -> {
            Role chosen = in.choice("role", Role.class, role);
            if (chosen == null) {
                in.add("role", "choose a role");
            }
            return new UserService.UserChanges(user.displayName(), user.email(), user.timeZone(), chosen,
                    user.active());
        }, "role changed");
    }

    @PostMapping("/admin/users/{id}/active")
    String active(Viewer viewer, @PathVariable long id, @RequestParam boolean active,
            @RequestParam(required = false) String version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        return change(viewer, id, version, model, flash, response, (user, in) -> new UserService.UserChanges(
                user.displayName(), user.email(), user.timeZone(), user.role(), active),
                active ? "can sign in again" : "deactivated: they can no longer sign in");
    }

    private interface Change {
        UserService.UserChanges apply(UserAccount user, Inputs in);
    }

    private String change(Viewer viewer, long id, String version, Model model, RedirectAttributes flash,
            HttpServletResponse response, Change change, String done) {
        try {
            UserAccount user = users.get(viewer, id);
            Inputs in = new Inputs();
            UserService.UserChanges changes = change.apply(user, in);
            Integer expected = in.whole("version", version);
            in.check();
            UserAccount after = users.update(viewer, id, changes, Optional.ofNullable(expected));
            flash.addFlashAttribute("notice", after.displayName() + ": " + done + ".");
            return "redirect:/admin/users";
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND) {
                throw p;
            }
            response.setStatus(p.status().value());
            FormErrors errors = p.status() == HttpStatus.PRECONDITION_FAILED
                    ? new FormErrors("Someone else changed this account meanwhile; the list now shows it as it is. "
                            + "Make your change again if it is still needed.", Map.of())
                    : new FormErrors(FormErrors.sentence(p.errors().isEmpty() ? p.getMessage()
                            : p.errors().get(0).message()), Map.of());
            return list(viewer, null, null, NewUserForm.blank(), FormErrors.none(), errors, model);
        }
    }
}

package org.postops.app.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: API tokens (a new one shown once) and their password. */
@PageController
class AccountPages {

    private final UserService users;
    private final TokenService tokens;
    private final LoginGuard guard;

    AccountPages(UserService users, TokenService tokens, LoginGuard guard) {
        this.users = users;
        this.tokens = tokens;
        this.guard = guard;
    }

    @GetMapping("/account")
    String account(Viewer viewer, Model model) {
        return page(viewer, model, FormErrors.none(), FormErrors.none());
    }

    private String page(Viewer viewer, Model model, FormErrors tokenErrors, FormErrors passwordErrors) {
        model.addAttribute("account", users.get(viewer, viewer.id()));
        model.addAttribute("tokens", tokens.list(viewer));
        model.addAttribute("now", Instant.now());
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("maxDays", TokenService.MAX_DAYS);
        return "access/account";
    }

    /**
     * Issues a token and shows it in this response only: it is not redirected through the session, and
     * the response may not be stored, so the secret is on screen once and nowhere else.
     */
    @PostMapping("/account/tokens")
    String issue(Viewer viewer, @RequestParam(required = false) String name,
            @RequestParam(required = false) String days, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        try {
            Inputs in = new Inputs();
            Integer expiresInDays = in.whole("expiresInDays", days);
            in.check();
            model.addAttribute("issued", tokens.issue(viewer, name, expiresInDays));
            return page(viewer, model, FormErrors.none(), FormErrors.none());
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenDays", days);
            return page(viewer, model, FormErrors.of(p), FormErrors.none());
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(viewer, id);
        flash.addFlashAttribute("notice", "Token revoked: it no longer signs anyone in.");
        return "redirect:/account";
    }

    /** Asks for the current password too, so that an unattended signed-in browser cannot take the account. */
    @PostMapping("/account/password")
    String password(Viewer viewer, @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String repeatPassword,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                throw Problem.badField("repeatPassword", "does not match the new password");
            }
            guard.changePassword(viewer, viewer.id(), currentPassword, newPassword, request.getRemoteAddr());
            flash.addFlashAttribute("notice", "Password changed. Use the new one next time you sign in.");
            return "redirect:/account";
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            FormErrors errors = FormErrors.of(p);
            // the service names the field "password"; on this form it is the new one
            if (errors.has("password")) {
                errors = new FormErrors(errors.summary(), Map.of("newPassword", errors.get("password")));
            }
            return page(viewer, model, FormErrors.none(), errors);
        }
    }
}

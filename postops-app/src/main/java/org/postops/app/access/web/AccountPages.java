package org.postops.app.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.LoginGuard;
import org.postops.app.access.Role;
import org.postops.app.access.TokenService;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.calendar.CalendarFeedService;
import org.postops.app.calendar.FeedAddress;
import org.postops.app.web.FieldChecks;
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

/**
 * The signed-in person's own account: their profile, API tokens (a new one shown once), their calendar
 * feed (its address shown once) and their password.
 */
@PageController
class AccountPages {

    private final UserService users;
    private final TokenService tokens;
    private final LoginGuard guard;
    private final Validator validator;
    private final CalendarFeedService feeds;
    private final FeedAddress address;

    /** The profile form as typed. */
    record ProfileForm(String displayName, String email, String timeZone, String version) {
    }

    /** Every zone Java knows, sorted, for the time-zone list; the set does not change while running. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    AccountPages(UserService users, TokenService tokens, LoginGuard guard, Validator validator,
            CalendarFeedService feeds, FeedAddress address) {
        this.users = users;
        this.tokens = tokens;
        this.guard = guard;
        this.validator = validator;
        this.feeds = feeds;
        this.address = address;
    }

    @GetMapping("/account")
    String account(Viewer viewer, Model model) {
        return page(viewer, model, FormErrors.none(), FormErrors.none());
    }

    private String page(Viewer viewer, Model model, FormErrors tokenErrors, FormErrors passwordErrors) {
        return page(viewer, model, tokenErrors, passwordErrors, null, FormErrors.none());
    }

    private String page(Viewer viewer, Model model, FormErrors tokenErrors, FormErrors passwordErrors,
            ProfileForm profile, FormErrors profileErrors) {
        UserAccount account = users.get(viewer, viewer.id());
        model.addAttribute("account", account);
        model.addAttribute("profile", profile != null ? profile : new ProfileForm(account.displayName(),
                account.email(), account.timeZone(), String.valueOf(account.version())));
        model.addAttribute("profileErrors", profileErrors);
        String zone = profile != null ? profile.timeZone() : account.timeZone();
        // a zone stored some other way (an offset set through the API) stays selectable, so saving keeps it
        model.addAttribute("zones", zone == null || ZONES.contains(zone) ? ZONES
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(zone), ZONES.stream()).toList());
        model.addAttribute("tokens", tokens.list(viewer));
        model.addAttribute("now", Instant.now());
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("maxDays", TokenService.MAX_DAYS);
        model.addAttribute("calendarFeed", feeds.current(viewer).orElse(null));
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

    /**
     * Saves the person's own name, email and time zone. Role and active are not theirs to change, so the
     * account's current values go along unchanged. The header follows on the next page (UserService tells SignedInAccounts).
     */
    @PostMapping("/account/profile")
    String profile(Viewer viewer, ProfileForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        UserAccount current = users.get(viewer, viewer.id());
        try {
            Inputs in = new Inputs();
            Integer version = in.whole("version", form.version());
            in.check();
            UserService.UserChanges changes = FieldChecks.check(validator, new UserService.UserChanges(
                    Inputs.text(form.displayName()), Inputs.text(form.email()), Inputs.text(form.timeZone()),
                    current.role(), current.active()));
            users.update(viewer, viewer.id(), changes, Optional.ofNullable(version));
            flash.addFlashAttribute("notice", "Saved.");
            return "redirect:/account";
        } catch (Problem p) {
            response.setStatus(p.status().value());
            if (p.status() == HttpStatus.PRECONDITION_FAILED) {
                // another tab or an administrator saved meanwhile: keep what was typed, against the stored version
                ProfileForm again = new ProfileForm(form.displayName(), form.email(), form.timeZone(),
                        String.valueOf(current.version()));
                return page(viewer, model, FormErrors.none(), FormErrors.none(), again, new FormErrors(
                        "Your account was changed elsewhere while you were editing; nothing was saved. "
                        + "Check the fields and save again.", Map.of()));
            }
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return page(viewer, model, FormErrors.none(), FormErrors.none(), form, FormErrors.of(p));
        }
    }

    /**
     * Makes or rotates the calendar feed and shows its address in this response only, like a new token:
     * not redirected through the session, not stored by the browser.
     */
    @PostMapping("/account/calendar-feed")
    String calendarFeed(Viewer viewer, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issuedFeed", feeds.issue(viewer, address.base(request)));
        return page(viewer, model, FormErrors.none(), FormErrors.none());
    }

    @PostMapping("/account/calendar-feed/revoke")
    String revokeCalendarFeed(Viewer viewer, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", feeds.revoke(viewer)
                ? "Calendar feed revoked: calendars subscribed to it get nothing more from PostOps."
                : "You had no calendar feed.");
        return "redirect:/account#calendar";
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

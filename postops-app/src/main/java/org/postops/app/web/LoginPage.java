package org.postops.app.web;

import java.util.regex.Pattern;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form. Spring Security handles its POST; this page only shows how the last attempt went. */
@PageController
class LoginPage {

    /**
     * The throttle's own wording. Anyone can put text in a link's query, so only a message of this shape
     * is shown as sent; anything else gets the general one (no made-up instructions on our sign-in page).
     */
    private static final Pattern THROTTLED = Pattern.compile(
            "Too many failed sign-ins\\. Try again in [0-9]{1,6} (seconds|minutes)\\.");

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
            @RequestParam(required = false) String signedout, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && error == null && throttled == null) {
            return "redirect:/";
        }
        if (throttled != null) {
            model.addAttribute("failure", THROTTLED.matcher(throttled).matches() ? throttled
                    : "Too many failed sign-ins. Try again later.");
        } else if (error != null) {
            model.addAttribute("failure", "Wrong username or password.");
        }
        model.addAttribute("signedOut", signedout != null);
        return "login";
    }
}

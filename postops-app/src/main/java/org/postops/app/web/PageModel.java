package org.postops.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.postops.app.access.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, and the CSRF header htmx sends with its requests. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

    /** The signed-in person, or null on the sign-in page. */
    @ModelAttribute("viewer")
    static Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Viewer viewer ? viewer : null;
    }

    /** A JSON object for {@code hx-headers}: htmx posts carry the CSRF token as a header, not a form field. */
    @ModelAttribute("csrfHeaders")
    static String csrfHeaders(HttpServletRequest request) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return "{}";
        }
        return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
    }
}

package org.postops.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records refused access (403) in the audit trail, for the API and the pages alike. Not-found answers
 * are not recorded: for an outsider they look the same as a mistyped id, and that is the point.
 */
@Component
public class Refusals {

    private final AuditTrail audit;

    Refusals(AuditTrail audit) {
        this.audit = audit;
    }

    public void refused(HttpServletRequest request, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth.getName() == null ? "(anonymous)" : actorName(auth);
        audit.recordSecurity(actor, "access.refused", request.getMethod() + " " + request.getRequestURI() + ": "
                + reason, request.getRemoteAddr());
    }

    private static String actorName(Authentication auth) {
        return auth.getPrincipal() instanceof org.postops.app.access.Viewer v ? v.username() : auth.getName();
    }
}

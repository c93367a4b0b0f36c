package org.postops.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import org.postops.app.access.Viewer;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: filter by who, what and when (days in the viewer's zone), and
 * check the hash chain. The security settings already keep /admin to administrators; the service asks too.
 */
@PageController
class AuditPages {

    private final AuditService audit;

    AuditPages(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String trail(Viewer viewer, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", java.util.Map.of("actor", blank(actor), "action", blank(action), "objectType",
                blank(objectType), "from", blank(from), "to", blank(to)));
        try {
            Inputs in = new Inputs();
            LocalDate fromDay = in.date("from", from);
            LocalDate toDay = in.date("to", to);
            in.check();
            // a day means the whole day where the viewer is: from its first moment to the next day's
            Instant since = fromDay == null ? null : fromDay.atStartOfDay(viewer.zone()).toInstant();
            Instant until = toDay == null ? null : toDay.plusDays(1).atStartOfDay(viewer.zone()).toInstant();
            model.addAttribute("entries", audit.find(viewer, new AuditRepository.Filter(Inputs.text(actor),
                    Inputs.text(action), Inputs.text(objectType), null, since, until), Paging.of(page, 50)));
            model.addAttribute("errors", FormErrors.none());
        } catch (Problem p) {
            if (p.status() != org.springframework.http.HttpStatus.BAD_REQUEST) {
                throw p;
            }
            model.addAttribute("errors", FormErrors.of(p));
        }
        return "audit/trail";
    }

    /** Re-reads the whole chain; in place with htmx, or as a page of its own without script. */
    @PostMapping("/admin/audit/verify")
    String verify(Viewer viewer, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verdict", audit.verify(viewer));
        return htmx == null ? "audit/verdict" : "audit/verdict :: verdict";
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}

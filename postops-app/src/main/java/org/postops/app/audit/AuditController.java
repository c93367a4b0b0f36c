package org.postops.app.audit;

import java.time.Instant;
import org.postops.app.access.Viewer;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API, for administrators. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping
    PageOf<AuditEntry> list(Viewer viewer, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) Long productionId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return audit.find(viewer, new AuditRepository.Filter(actor, action, objectType, productionId, from, to),
                Paging.of(page, size));
    }

    @GetMapping("/verify")
    AuditChain.Verdict verify(Viewer viewer) {
        return audit.verify(viewer);
    }
}

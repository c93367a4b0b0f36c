package org.postops.app.audit;

import org.postops.app.access.Viewer;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Browsing the trail: admins only, since it names every production, restricted ones included. */
@Service
public class AuditService {

    private final AuditRepository repository;
    private final AuditTrail trail;

    AuditService(AuditRepository repository, AuditTrail trail) {
        this.repository = repository;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public PageOf<AuditEntry> find(Viewer viewer, AuditRepository.Filter filter, Paging paging) {
        requireAdmin(viewer);
        return paging.of(repository.find(filter, paging.offset(), paging.size()), () -> repository.count(filter));
    }

    public AuditChain.Verdict verify(Viewer viewer) {
        requireAdmin(viewer);
        return trail.verify();
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw Problem.forbidden("only administrators may read the audit trail");
        }
    }
}

package org.postops.app.access;

import java.util.Optional;

/**
 * The one rule of who sees and does what with production data. Every query that lists or fetches
 * production data, or anything attached to it, filters with {@link #visibleSql}; every change asks
 * {@link #allows}. A viewer who cannot see a production gets "not found", never "forbidden".
 *
 * <ul>
 * <li>Administrators see everything.
 * <li>Clients see only productions they are members of, whatever the confidentiality.
 * <li>Staff and support see standard productions, and restricted ones they are members of.
 * </ul>
 */
public final class ConfidentialityPolicy {

    /** What a viewer may do with a production they can see. */
    public enum Access {
        /** Read it. */
        VIEW,
        /** Add comments (clients give feedback this way). */
        COMMENT,
        /** Create and change tasks. */
        WORK,
        /** Change the production itself: brief, spec, stages, team. */
        MANAGE
    }

    private ConfidentialityPolicy() {
    }

    /**
     * An SQL condition, true for the productions the viewer may see, over the production table aliased
     * {@code production}. It binds the named parameter {@code :viewerId}.
     */
    public static String visibleSql(Viewer viewer, String production) {
        if (viewer.isAdmin()) {
            return "1 = 1";
        }
        String member = "exists (select 1 from production_member vm where vm.production_id = " + production
                + ".id and vm.user_id = :viewerId)";
        if (viewer.isClient()) {
            return member;
        }
        return "(" + production + ".confidentiality = 'STANDARD' or " + member + ")";
    }

    /** Whether a viewer who can see a production, with this membership, may do this to it. */
    public static boolean allows(Viewer viewer, Optional<MemberRole> membership, Access access) {
        if (viewer.isAdmin() || access == Access.VIEW) {
            return true;
        }
        if (membership.isEmpty()) {
            return false;
        }
        MemberRole role = membership.get();
        return switch (access) {
            case VIEW, COMMENT -> true;
            case WORK -> role != MemberRole.CLIENT && !viewer.isClient();
            case MANAGE -> role.manages() && !viewer.isClient();
        };
    }

    /** Only staff and administrators start productions; the starter becomes its supervisor. */
    public static boolean mayCreateProductions(Viewer viewer) {
        return viewer.role() == Role.ADMIN || viewer.role() == Role.STAFF;
    }
}

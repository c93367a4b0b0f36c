package org.postops.app.production;

import org.postops.app.access.MemberRole;

/** Someone on a production's team, with their role on it. */
public record Member(long userId, String username, String displayName, MemberRole role) {
}

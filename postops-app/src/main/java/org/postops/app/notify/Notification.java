package org.postops.app.notify;

import java.time.Instant;

/**
 * One notification as its recipient sees it. {@code link} is a path inside PostOps ({@code /tasks/123});
 * {@code readAt} is null while it is unread; {@code productionId} is null for one about no production (a ticket
 * raised on its own). The production's name is read when the notification is.
 */
public record Notification(long id, String kind, String title, String link, Long productionId,
        String productionName, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}

package org.postops.app.notify;

import org.postops.app.access.Viewer;
import org.postops.app.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The unread count beside "Notifications" in every page's header. It is counted only when a page's
 * layout reads it: redirects after a form and htmx fragments never render the header, so they never pay
 * for the count; a full page pays one count query over {@code notification_unread_ix}.
 */
@ControllerAdvice(annotations = PageController.class)
class UnreadBadge {

    private final Notifications notifications;

    UnreadBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unread() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Viewer viewer)) {
            return null;
        }
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return notifications.unreadCount(viewer);
            }
        };
    }
}

package org.postops.app.notify;

import org.postops.app.access.Viewer;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notifications over the API. */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageOf<Notification> list(Viewer viewer, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notifications.list(viewer, unread, Paging.of(page, size));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(Viewer viewer, @PathVariable long id) {
        notifications.markRead(viewer, id);
    }

    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll(Viewer viewer) {
        notifications.markAllRead(viewer);
    }
}

package org.postops.app.notify;

import org.postops.app.access.Viewer;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page: unread first by default, each opened through PostOps so it is marked read. */
@PageController
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/me/notifications")
    String list(Viewer viewer, @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notifications", notifications.list(viewer, !all, Paging.of(page, 50)));
        model.addAttribute("all", all);
        return "notify/list";
    }

    /**
     * Opens a notification: marks it read and goes where it leads, as mail and code hosts do. A GET with
     * this one harmless effect, so the link works as a link (new tab, copy address).
     */
    @GetMapping("/me/notifications/{id}")
    String open(Viewer viewer, @PathVariable long id) {
        return "redirect:" + notifications.markRead(viewer, id).link();
    }

    @PostMapping("/me/notifications/{id}/read")
    String read(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "false") boolean all) {
        notifications.markRead(viewer, id);
        return all ? "redirect:/me/notifications?all=true" : "redirect:/me/notifications";
    }

    @PostMapping("/me/notifications/read-all")
    String readAll(Viewer viewer, RedirectAttributes flash) {
        int marked = notifications.markAllRead(viewer);
        flash.addFlashAttribute("notice", marked == 0 ? "Nothing was unread."
                : marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
        return "redirect:/me/notifications";
    }
}

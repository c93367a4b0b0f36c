package org.postops.app.task;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.notify.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells people when they are newly assigned to a task, inside the change's transaction. Whoever made
 * the change is not told of their own doing; people who stay assigned are not told again.
 */
@Component
class AssignmentNotices {

    static final String KIND = "task.assigned";

    private final Notifications notifications;
    private final UserService users;

    AssignmentNotices(Notifications notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    /** After a create ({@code before} empty) or an update of {@code task}. */
    void assigned(Viewer actor, Task task, List<Person> before) {
        Set<String> already = before.stream().map(Person::username).collect(Collectors.toSet());
        List<String> added = task.assignees().stream().map(Person::username)
                .filter(u -> !already.contains(u) && !u.equals(actor.username())).toList();
        if (added.isEmpty()) {
            return;
        }
        List<Long> ids = users.findByUsernames(added).stream().map(UserAccount::id).toList();
        notifications.notify(ids, task.productionId(), KIND,
                actor.displayName() + " assigned you “" + task.title() + "”", "/tasks/" + task.id());
    }
}

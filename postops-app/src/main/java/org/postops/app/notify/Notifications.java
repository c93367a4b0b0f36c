package org.postops.app.notify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.postops.app.access.Viewer;
import org.postops.app.system.Ids;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people about something that concerns them, and lets them read and dismiss what they were told.
 *
 * <p>Other areas call {@link #notify} inside the transaction of the change it is about (like the audit
 * trail), so a refused change notifies nobody. Nothing is checked against the recipients' rights when
 * writing: what a recipient may read is decided every time they read, so a person taken off a restricted
 * production no longer sees, counts or opens what they were told about it.
 */
@Service
public class Notifications {

    /** Longer titles are cut, with an ellipsis, rather than refused: the change they report must not fail. */
    public static final int MAX_TITLE = 300;
    private static final int MAX_LINK = 500;
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

    private final NotificationRepository notifications;

    Notifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * Stores one notification per recipient (duplicates and nulls ignored; none, nothing happens).
     *
     * @param userIds      who is told
     * @param productionId the production it is about: while a recipient may not see it, they see nothing
     * @param kind         what happened, dotted lower case: {@code task.assigned}, {@code change-request.approved}
     * @param title        the one line shown, e.g. "Ann Lee assigned you “Grade reel 2”"
     * @param link         where it leads, a path inside PostOps starting with one slash: {@code /tasks/123}
     * @throws IllegalArgumentException for a malformed kind, a blank title or a link that leaves PostOps
     *                                  (these come from code, never from a person's input)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(Collection<Long> userIds, long productionId, String kind, String title, String link) {
        store(userIds, productionId, kind, title, link);
    }

    /**
     * As {@link #notify(Collection, long, String, String, String)}, for something tied to no production (a
     * ticket raised on its own): every recipient may read it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(Collection<Long> userIds, String kind, String title, String link) {
        store(userIds, null, kind, title, link);
    }

    private void store(Collection<Long> userIds, Long productionId, String kind, String title, String link) {
        if (kind == null || kind.length() > 64 || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be dotted lower case, at most 64 characters: " + kind);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a notification needs a title");
        }
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.length() > MAX_LINK
                || link.chars().anyMatch(c -> c < 0x21 || c == '\\')) {
            throw new IllegalArgumentException("link must be a path inside PostOps, such as /tasks/123: " + link);
        }
        Set<Long> recipients = new LinkedHashSet<>();
        userIds.stream().filter(Objects::nonNull).forEach(recipients::add);
        String line = oneLine(title);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (long recipient : recipients) {
            notifications.insert(Ids.next(), recipient, productionId, kind, line, link, now);
        }
    }

    /** The viewer's notifications, newest first; only those about productions they may see now. */
    @Transactional(readOnly = true)
    public PageOf<Notification> list(Viewer viewer, boolean unreadOnly, Paging paging) {
        return paging.of(notifications.list(viewer, unreadOnly, paging.offset(), paging.size()),
                () -> notifications.count(viewer, unreadOnly));
    }

    /**
     * How many the viewer has not read, for every page's header: one count statement over
     * {@code notification_unread_ix}, run without a transaction of its own (one statement needs none, and
     * it spares the My work page the begin and commit).
     */
    public long unreadCount(Viewer viewer) {
        return notifications.count(viewer, true);
    }

    /** One of the viewer's notifications; "not found" for anyone else's or one they may no longer read. */
    @Transactional(readOnly = true)
    public Notification get(Viewer viewer, long id) {
        return notifications.find(viewer, id).orElseThrow(() -> Problem.notFound("notification"));
    }

    /** Marks one read (again is fine) and returns it as it now is. */
    @Transactional
    public Notification markRead(Viewer viewer, long id) {
        Notification found = get(viewer, id);
        if (found.unread()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            notifications.markRead(viewer, id, now);
            return new Notification(found.id(), found.kind(), found.title(), found.link(), found.productionId(),
                    found.productionName(), found.createdAt(), now);
        }
        return found;
    }

    /** Marks every notification the viewer can read as read; returns how many were unread. */
    @Transactional
    public int markAllRead(Viewer viewer) {
        return notifications.markAllRead(viewer, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** A title on one line (control characters become spaces), cut to {@link #MAX_TITLE}. */
    static String oneLine(String title) {
        StringBuilder b = new StringBuilder(title.length());
        title.strip().codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String line = b.toString().replaceAll(" {2,}", " ");
        if (line.length() <= MAX_TITLE) {
            return line;
        }
        int cut = MAX_TITLE - 1;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut) + "…";
    }
}

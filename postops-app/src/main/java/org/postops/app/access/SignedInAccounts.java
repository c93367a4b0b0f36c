package org.postops.app.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The accounts behind signed-in web sessions, as they are now: looked up at most every
 * {@link #RECHECK_EVERY} per person, and at once after a change made on this node ({@link #forget}).
 */
@Component
class SignedInAccounts {

    static final Duration RECHECK_EVERY = Duration.ofSeconds(10);

    private record Checked(Optional<Viewer> viewer, Instant until) {
    }

    private final UserRepository users;
    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

    SignedInAccounts(UserRepository users) {
        this.users = users;
    }

    /** The person as they are now, or empty if the account is gone or deactivated. */
    Optional<Viewer> current(long userId) {
        Instant now = Instant.now();
        Checked hit = checked.get(userId);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.viewer();
        }
        Optional<Viewer> viewer = users.findById(userId).filter(UserAccount::active).map(UserAccount::asViewer);
        if (checked.size() > 10_000) {
            checked.clear();
        }
        checked.put(userId, new Checked(viewer, now.plus(RECHECK_EVERY)));
        return viewer;
    }

    void forget(long userId) {
        Eviction.nowAndAfterCommit(() -> checked.remove(userId));
    }
}

package org.postops.app.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.task.TaskCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds. The address holds a secret ({@code cal_} and 43 random characters, 256 bits)
 * that is the only credential: shown once when made, stored as SHA-256, replaced by rotating, gone by
 * revoking. Nothing is cached, so a revoked or rotated address stops working at once on every node
 * (docs/decisions/0012-calendar-feed-secret.md).
 */
@Service
public class CalendarFeedService {

    static final String PREFIX = "cal_";
    private static final Pattern SECRET = Pattern.compile("cal_[A-Za-z0-9_-]{43}");
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    /** A feed just made or rotated: its address, with the secret, is in here and nowhere else. */
    public record IssuedFeed(String url, String prefix, Instant createdAt, boolean replaced) {
    }

    private final CalendarFeedRepository feeds;
    private final UserService users;
    private final TaskCalendar calendar;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedService(CalendarFeedRepository feeds, UserService users, TaskCalendar calendar, AuditTrail audit) {
        this.feeds = feeds;
        this.users = users;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The viewer's feed, if they have one. */
    @Transactional(readOnly = true)
    public Optional<CalendarFeed> current(Viewer viewer) {
        return feeds.ofUser(viewer.id());
    }

    /** Makes the viewer's feed, or gives it a new secret: the old address stops working at once. */
    @Transactional
    public IssuedFeed issue(Viewer viewer, String base) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, 12);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean replaced = feeds.replace(viewer.id(), sha256(secret), prefix, now);
        audit.record(new AuditTrail.Event(viewer.username(), replaced ? "calendar-feed.rotated" : "calendar-feed.created",
                "calendar-feed", viewer.id(), null, null, Map.of("prefix", prefix)));
        return new IssuedFeed(url(base, secret), prefix, now, replaced);
    }

    /** Revokes the viewer's feed; false if they had none. */
    @Transactional
    public boolean revoke(Viewer viewer) {
        Optional<CalendarFeed> before = feeds.ofUser(viewer.id());
        if (before.isEmpty() || !feeds.delete(viewer.id())) {
            return false;
        }
        audit.record(new AuditTrail.Event(viewer.username(), "calendar-feed.revoked", "calendar-feed", viewer.id(),
                null, Map.of("prefix", before.get().prefix()), null));
        return true;
    }

    /** The address of a feed: {@code <base>/calendar/<secret>.ics}. */
    public static String url(String base, String secret) {
        return base + "/calendar/" + secret + ".ics";
    }

    /**
     * The calendar the secret opens, for its owner as they are now (active, and seeing only what the
     * confidentiality policy lets them see today); empty for a wrong, rotated or revoked secret or an
     * inactive owner, which the caller answers exactly alike.
     */
    @Transactional
    public Optional<byte[]> render(String secret, String base) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Optional<Viewer> owner = feeds.owner(hash).flatMap(users::findById).filter(UserAccount::active)
                .map(UserAccount::asViewer);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        feeds.touch(hash, now, now.minus(TOUCH_EVERY));
        return Optional.of(CalendarFile.of(owner.get(), calendar.of(owner.get()), base).bytes());
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.postops.app.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slows, then refuses, repeated failed sign-ins, counted separately per account and per network
 * address. After {@code slowAfter} failures within {@code window} each further attempt must wait twice
 * as long as the one before (1 s, 2 s, 4 s ...); after {@code lockAfter} failures the key is refused
 * for {@code lockFor}. A refused attempt never reaches the password check, so it cannot guess.
 * Counts live in this node's memory (docs/decisions/0005-login-throttle.md).
 */
public class LoginThrottle {

    /** Limits; addresses get higher ones since several people may share one (a facility's NAT). */
    @ConfigurationProperties("postops.login")
    public record Limits(Integer slowAfter, Integer lockAfter, Integer addressSlowAfter, Integer addressLockAfter,
            Duration window, Duration lockFor) {

        public Limits {
            slowAfter = slowAfter == null ? 5 : slowAfter;
            lockAfter = lockAfter == null ? 10 : lockAfter;
            addressSlowAfter = addressSlowAfter == null ? 20 : addressSlowAfter;
            addressLockAfter = addressLockAfter == null ? 100 : addressLockAfter;
            window = window == null ? Duration.ofMinutes(15) : window;
            lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        }
    }

    private record Failures(int count, Instant first, Instant last) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the caller must still wait before trying, or empty if an attempt may go ahead now. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byUser = wait("u:" + normalise(username), limits.slowAfter(), limits.lockAfter(), now);
        Optional<Duration> byAddress = address == null ? Optional.empty()
                : wait("a:" + address, limits.addressSlowAfter(), limits.addressLockAfter(), now);
        if (byUser.isPresent() && byAddress.isPresent()) {
            return Optional.of(byUser.get().compareTo(byAddress.get()) >= 0 ? byUser.get() : byAddress.get());
        }
        return byUser.isPresent() ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        bump("u:" + normalise(username), now);
        if (address != null) {
            bump("a:" + address, now);
        }
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> e.getValue().last().plus(limits.window()).isBefore(now));
        }
    }

    public void succeeded(String username, String address) {
        failures.remove("u:" + normalise(username));
        if (address != null) {
            failures.remove("a:" + address);
        }
    }

    private Optional<Duration> wait(String key, int slowAfter, int lockAfter, Instant now) {
        Failures f = failures.get(key);
        if (f == null) {
            return Optional.empty();
        }
        Instant until;
        if (f.count() >= lockAfter) {
            until = f.last().plus(limits.lockFor());
        } else if (f.count() >= slowAfter) {
            until = f.last().plusSeconds(1L << Math.min(f.count() - slowAfter, 20));
        } else {
            return Optional.empty();
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private void bump(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.first().plus(limits.window()).isBefore(now)
                        && f.count() < (k.startsWith("u:") ? limits.lockAfter() : limits.addressLockAfter())
                ? new Failures(1, now, now)
                : new Failures(f.count() + 1, f.first(), now));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.postops.app.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.postops.app.audit.AuditTrail;
import org.postops.app.system.Ids;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: {@code pops_} and 43 random characters, shown once, stored as SHA-256,
 * named, revocable, expiring. A resolved token is remembered for a few seconds so that a busy script
 * costs one lookup, not one per call; revocation on this node takes effect at once, on other nodes
 * within {@link #CACHE_FOR} (docs/decisions/0003-token-cache.md).
 */
@Service
public class TokenService {

    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    public static final int MAX_DAYS = 366;
    static final Duration CACHE_FOR = Duration.ofSeconds(10);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);
    private static final String PREFIX = "pops_";

    /** The token just made: the secret is in here and nowhere else. */
    public record IssuedToken(long id, String name, String token, String prefix, Instant expiresAt) {
    }

    private record Cached(Viewer viewer, long tokenId, Instant expiresAt, Instant until) {
    }

    private final TokenRepository tokens;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

    TokenService(TokenRepository tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Transactional
    public IssuedToken issue(Viewer owner, String name, Integer expiresInDays) {
        checkRequest(name, expiresInDays);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(expiresInDays == null ? DEFAULT_LIFETIME : Duration.ofDays(expiresInDays));
        long id = Ids.next();
        String prefix = token.substring(0, 12);
        tokens.insert(id, owner.id(), name.strip(), sha256(token), prefix, now, expires);
        audit.record(new AuditTrail.Event(owner.username(), "token.created", "api-token", id, null, null,
                Map.of("name", name.strip(), "prefix", prefix, "expiresAt", expires.toString())));
        return new IssuedToken(id, name.strip(), token, prefix, expires);
    }

    /** What a token request must say, checked before any password is (a bad request is not a sign-in). */
    public static void checkRequest(String name, Integer expiresInDays) {
        if (name == null || name.isBlank()) {
            throw Problem.badField("name", "must not be blank: name the token after where it will be used");
        }
        if (name.length() > 100) {
            throw Problem.badField("name", "must be at most 100 characters");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            throw Problem.badField("expiresInDays", "must be between 1 and " + MAX_DAYS);
        }
    }

    /** The viewer a presented bearer token stands for, if it is live. */
    public Optional<Viewer> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Instant now = Instant.now();
        Cached hit = cache.get(hash);
        if (hit != null && hit.until().isAfter(now) && hit.expiresAt().isAfter(now)) {
            return Optional.of(hit.viewer());
        }
        Optional<TokenRepository.Bearer> bearer = tokens.findLive(hash, now);
        if (bearer.isEmpty()) {
            cache.remove(hash);
            return Optional.empty();
        }
        TokenRepository.Bearer b = bearer.get();
        Viewer viewer = b.owner().asViewer();
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(hash, new Cached(viewer, b.tokenId(), b.expiresAt(), now.plus(CACHE_FOR)));
        Instant last = touched.getOrDefault(b.tokenId(), b.lastUsedAt());
        if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
            touched.put(b.tokenId(), now);
            tokens.touch(b.tokenId(), now);
        }
        return Optional.of(viewer);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(Viewer owner) {
        return tokens.forUser(owner.id());
    }

    @Transactional
    public void revoke(Viewer actor, long tokenId) {
        long owner = tokens.owner(tokenId).orElseThrow(() -> Problem.notFound("token"));
        if (owner != actor.id() && !actor.isAdmin()) {
            throw Problem.notFound("token");
        }
        ApiToken before = tokens.find(tokenId).orElseThrow(() -> Problem.notFound("token"));
        if (tokens.revoke(tokenId, Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            audit.record(new AuditTrail.Event(actor.username(), "token.revoked", "api-token", tokenId, null,
                    Map.of("name", before.name(), "prefix", before.prefix()), null));
        }
        tokens.hash(tokenId).ifPresent(cache::remove);
    }

    /**
     * Forgets the remembered sign-ins of a user whose role or activity changed, so that this node never
     * acts on the old account; again after the change commits, in case a request remembered it meanwhile.
     */
    public void forget(long userId) {
        Eviction.nowAndAfterCommit(() -> cache.values().removeIf(c -> c.viewer().id() == userId));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.postops.app.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.audit.AuditTrail;
import org.postops.app.system.Ids;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: who can sign in, with which global role. Only administrators create and change accounts. */
@Service
public class UserService {

    public static final String DEFAULT_ZONE = "Europe/London";

    /** A new account as an administrator asks for it. */
    public record NewUser(
            @NotBlank @Size(min = 2, max = 64)
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "may hold only lower-case letters, digits, '.', '_' and '-'")
            String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull Role role,
            @NotNull @Size(min = 10, max = 72, message = "must be between 10 and 72 characters") String password,
            @Size(max = 64) String timeZone) {
    }

    /** The changeable parts of an account. */
    public record UserChanges(
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 64) String timeZone,
            @NotNull Role role,
            @NotNull Boolean active) { // not boolean: a missing "active" must be refused, not read as false
    }

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final TokenService tokens;
    private final SignedInAccounts signedIn;

    UserService(UserRepository users, PasswordEncoder passwords, AuditTrail audit, TokenService tokens,
            SignedInAccounts signedIn) {
        this.signedIn = signedIn;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.tokens = tokens;
    }

    @Transactional
    public UserAccount create(Viewer actor, NewUser request) {
        requireAdmin(actor);
        return createAccount(actor.username(), request);
    }

    /** For start-up and demo data, where no one is signed in yet. */
    @Transactional
    public UserAccount createAccount(String actor, NewUser request) {
        String zone = request.timeZone() == null || request.timeZone().isBlank() ? DEFAULT_ZONE : request.timeZone();
        checkZone(zone);
        checkPasswordBytes(request.password());
        if (users.findByUsername(request.username()).isPresent()) {
            throw Problem.conflict("username '" + request.username() + "' is already taken");
        }
        UserAccount account = new UserAccount(Ids.next(), request.username(), request.displayName().strip(),
                request.email().strip(), zone, request.role(), true, 0, Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.insert(account, passwords.encode(request.password()));
        audit.record(new AuditTrail.Event(actor, "user.created", "user", account.id(), null, null, account));
        return account;
    }

    @Transactional
    public UserAccount update(Viewer actor, long id, UserChanges changes, Optional<Integer> expectedVersion) {
        UserAccount before = get(actor, id); // as reading it: clients know of no one but themselves
        boolean self = actor.id() == id;
        if (!actor.isAdmin() && !self) {
            throw Problem.forbidden("only administrators may change other people's accounts");
        }
        if (!actor.isAdmin() && (changes.role() != before.role() || changes.active() != before.active())) {
            throw Problem.forbidden("only administrators may change roles or deactivate accounts");
        }
        if (self && !changes.active()) {
            throw Problem.badField("active", "you cannot deactivate your own account");
        }
        checkZone(changes.timeZone());
        UserAccount after = new UserAccount(id, before.username(), changes.displayName().strip(),
                changes.email().strip(), changes.timeZone(), changes.role(), changes.active(),
                expectedVersion.orElse(before.version()) + 1, before.createdAt());
        if (!users.update(after, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("user " + before.username());
        }
        tokens.forget(id); // a deactivated or demoted account must not keep its old rights through a token
        signedIn.forget(id); // nor through a web session; a new name or time zone shows at once
        audit.record(new AuditTrail.Event(actor.username(), "user.updated", "user", id, null, before, after));
        return after;
    }

    @Transactional
    public void changePassword(Viewer actor, long id, String newPassword) {
        UserAccount target = get(actor, id);
        if (!actor.isAdmin() && actor.id() != id) {
            throw Problem.forbidden("only administrators may set other people's passwords");
        }
        checkNewPassword(newPassword);
        users.setPassword(id, passwords.encode(newPassword));
        audit.record(new AuditTrail.Event(actor.username(), "user.password-changed", "user", id, null, null,
                Map.of("username", target.username())));
    }

    @Transactional(readOnly = true)
    public PageOf<UserAccount> list(Viewer viewer, String query, Paging paging) {
        if (viewer.isClient()) {
            throw Problem.forbidden("clients cannot browse the facility's people");
        }
        return paging.of(users.list(query, paging.offset(), paging.size()), () -> users.count(query));
    }

    @Transactional(readOnly = true)
    public UserAccount get(Viewer viewer, long id) {
        if (viewer.isClient() && viewer.id() != id) {
            throw Problem.notFound("user");
        }
        return users.findById(id).orElseThrow(() -> Problem.notFound("user"));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(long id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> findByUsernames(List<String> usernames) {
        return users.findByUsernames(usernames);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> findByIds(List<Long> ids) {
        return users.findByIds(ids);
    }

    @Transactional(readOnly = true)
    public boolean anyUsers() {
        return users.any();
    }

    private static void checkZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw Problem.badField("timeZone", "must be a time zone such as Europe/London or America/Los_Angeles");
        }
    }

    /** A new password: 10 to 72 characters (bcrypt reads no further than 72 bytes). */
    static void checkNewPassword(String password) {
        if (password == null || password.length() < 10) {
            throw Problem.badField("password", "must be at least 10 characters");
        }
        checkPasswordBytes(password);
    }

    private static void checkPasswordBytes(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw Problem.badField("password", "must be at most 72 bytes");
        }
    }

    private static void requireAdmin(Viewer actor) {
        if (!actor.isAdmin()) {
            throw Problem.forbidden("only administrators may create accounts");
        }
    }
}

package org.postops.app.access;

import java.time.Duration;
import java.util.Optional;
import org.postops.app.audit.AuditTrail;
import org.postops.app.web.Problem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password for both doors, the sign-in page and the token endpoint: throttled,
 * audited, and equally slow whether or not the account exists.
 */
@Service
public class LoginGuard {

    /** How a sign-in attempt ended. */
    public sealed interface Outcome {
        record Accepted(Viewer viewer) implements Outcome {
        }

        record Rejected() implements Outcome {
        }

        record Throttled(Duration retryAfter) implements Outcome {
        }
    }

    private final UserService users;
    private final UserRepository repository;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final String dummyHash;

    LoginGuard(UserService users, UserRepository repository, PasswordEncoder passwords, LoginThrottle throttle,
            AuditTrail audit) {
        this.users = users;
        this.repository = repository;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = passwords.encode("a password no account has, for equal timing");
    }

    /**
     * Changes a password. Changing one's own needs the current one, checked (and throttled) like a
     * sign-in, so a stolen token or an unattended session is not enough to take over the account.
     */
    public void changePassword(Viewer actor, long userId, String currentPassword, String newPassword,
            String address) {
        UserService.checkNewPassword(newPassword);
        if (actor.id() == userId) {
            if (currentPassword == null || currentPassword.isEmpty()) {
                throw Problem.badField("currentPassword", "is needed to change your own password");
            }
            Outcome outcome = attempt(actor.username(), currentPassword, address);
            if (outcome instanceof Outcome.Throttled) {
                throw Problem.badField("currentPassword", "too many wrong attempts; try again later");
            }
            if (!(outcome instanceof Outcome.Accepted)) {
                throw Problem.badField("currentPassword", "is not your current password");
            }
        }
        users.changePassword(actor, userId, newPassword);
    }

    /** A wait said the way people say it: "1 second", "45 seconds", "13 minutes". */
    public static String inWords(long seconds) {
        if (seconds == 1) {
            return "1 second";
        }
        return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
    }

    public Outcome attempt(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        String actor = name.isEmpty() || name.length() > 64 ? "(none)" : name;
        Optional<Duration> wait = throttle.refusal(name, address);
        if (wait.isPresent()) {
            audit.recordSecurity(actor, "login.refused", "too many failed attempts; retry after "
                    + wait.get().toSeconds() + " s", address);
            return new Outcome.Throttled(wait.get());
        }
        Optional<String> hash = name.length() > 64 ? Optional.empty() : repository.passwordHash(name);
        boolean matches = passwords.matches(password == null ? "" : password, hash.orElse(dummyHash))
                && hash.isPresent();
        if (!matches) {
            throttle.failed(name, address);
            audit.recordSecurity(actor, "login.failed", null, address);
            return new Outcome.Rejected();
        }
        throttle.succeeded(name, address);
        audit.recordSecurity(actor, "login.succeeded", null, address);
        return new Outcome.Accepted(users.findByUsername(name).orElseThrow().asViewer());
    }
}

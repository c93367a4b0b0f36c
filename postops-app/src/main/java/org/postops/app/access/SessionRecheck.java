package org.postops.app.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in web session true to the account: a deactivated person is signed out on their next
 * request, and a changed role, name or time zone takes effect without signing in again. Accounts are
 * looked up at most every {@link #RECHECK_EVERY} per person, so a busy page costs no extra query.
 */
class SessionRecheck extends OncePerRequestFilter {

    static final Duration RECHECK_EVERY = Duration.ofSeconds(10);

    private record Checked(Optional<Viewer> viewer, Instant until) {
    }

    private final UserService users;
    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

    SessionRecheck(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Viewer signedIn) {
            Optional<Viewer> current = current(signedIn.id());
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?signedout");
                return;
            }
            if (!current.get().equals(signedIn)) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated(current.get(), null, SecuritySettings.authorities(current.get())));
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<Viewer> current(long userId) {
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
}

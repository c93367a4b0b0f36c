package org.postops.app.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in web session true to the account: a deactivated person is signed out on their next
 * request, and a changed role, name or time zone takes effect without signing in again (see
 * {@link SignedInAccounts} for how fresh "now" is).
 */
class SessionRecheck extends OncePerRequestFilter {

    private final SignedInAccounts accounts;

    SessionRecheck(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Viewer signedIn) {
            Optional<Viewer> current = accounts.current(signedIn.id());
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
}

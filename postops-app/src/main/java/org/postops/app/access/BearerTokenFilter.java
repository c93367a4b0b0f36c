package org.postops.app.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.postops.app.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs an API call in from its {@code Authorization: Bearer pops_...} header. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenService tokens;
    private final AuditTrail audit;

    BearerTokenFilter(TokenService tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Viewer> viewer = tokens.resolve(header.substring(7).strip());
            if (viewer.isEmpty()) {
                audit.recordSecurity("(token)", "access.refused", "unknown, expired or revoked token on "
                        + request.getMethod() + " " + request.getRequestURI(), request.getRemoteAddr());
                ProblemResponses.write(response, 401, "the token is unknown, expired or revoked");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(viewer.get(), null,
                            SecuritySettings.authorities(viewer.get())));
        }
        chain.doFilter(request, response);
    }
}

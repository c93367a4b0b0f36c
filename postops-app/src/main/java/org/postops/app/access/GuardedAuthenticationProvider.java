package org.postops.app.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in page's password check, delegated to the {@link LoginGuard}. */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final LoginGuard guard;

    GuardedAuthenticationProvider(LoginGuard guard) {
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress()
                : null;
        Object credentials = authentication.getCredentials();
        LoginGuard.Outcome outcome = guard.attempt(authentication.getName(),
                credentials == null ? "" : credentials.toString(), address);
        if (outcome instanceof LoginGuard.Outcome.Accepted a) {
            return UsernamePasswordAuthenticationToken.authenticated(a.viewer(), null,
                    SecuritySettings.authorities(a.viewer()));
        }
        if (outcome instanceof LoginGuard.Outcome.Throttled t) {
            throw new LockedException("Too many failed sign-ins. Try again in "
                    + LoginGuard.inWords(t.retryAfter().toSeconds() + 1) + ".");
        }
        throw new BadCredentialsException("Wrong username or password.");
    }


    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

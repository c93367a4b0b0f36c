package org.postops.app.access;

import java.time.Clock;
import java.util.List;
import org.postops.app.audit.AuditTrail;
import org.postops.app.audit.Refusals;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.util.UriUtils;

/**
 * Two doors. The API ({@code /api/**}) is stateless and signs in with bearer tokens, so it carries no
 * cookies to forge and needs no CSRF token. The web pages use a sign-in form, a server-side session and
 * CSRF tokens. Both send the same protective headers. Calendar feeds ({@code /calendar/<secret>.ics})
 * are let through the web door unsigned: their secret address is their credential.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottle.Limits.class)
class SecuritySettings {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static List<GrantedAuthority> authorities(Viewer viewer) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + viewer.role().name()));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottle.Limits limits, Clock clock) {
        return new LoginThrottle(limits, clock);
    }

    @Bean
    GuardedAuthenticationProvider guardedAuthenticationProvider(LoginGuard guard) {
        return new GuardedAuthenticationProvider(guard);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, AuditTrail audit, Refusals refusals)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        .requestMatchers("/api/openapi.json", "/api/openapi.json/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, audit), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401,
                                "sign in first: send Authorization: Bearer <token> (POST /api/v1/auth/tokens makes one)"))
                        .accessDeniedHandler((req, res, ex) -> {
                            refusals.refused(req, "not permitted for this role");
                            ProblemResponses.write(res, 403, "you may not do this");
                        }));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, GuardedAuthenticationProvider provider, SignedInAccounts signedIn,
            Refusals refusals) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        // calendar programs send no session: the secret in the address is the credential
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .authenticationProvider(provider)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?"
                                + (ex instanceof LockedException
                                        ? "throttled=" + UriUtils.encodeQueryParam(ex.getMessage(), "UTF-8")
                                        : "error")))
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?signedout").permitAll())
                .addFilterBefore(new SessionRecheck(signedIn), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    refusals.refused(req, ex.getMessage());
                    res.sendError(403);
                }));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }
}

package org.postops.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone signed in to the web pages over plain HTTP, as a browser would be (sign-in form with its CSRF token,
 * then the session cookie), for page tests that need no browser.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Api api;
    private final String cookie;

    private WebSession(Api api, String cookie) {
        this.api = api;
        this.cookie = cookie;
    }

    public static WebSession signIn(Api api, String username, String password) {
        Api.Response form = api.get(null, "/login");
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String before = session(form);
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        Api.Response r = api.send(null, "POST", "/login", body,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", before));
        assertThat(r.status()).as("sign in as %s", username).isEqualTo(302);
        assertThat(r.header("Location")).as("sign in as %s", username).doesNotContain("error");
        String after = r.header("Set-Cookie") != null ? session(r) : before;
        return new WebSession(api, after);
    }

    public static WebSession signIn(Api api, Facility.Account account) {
        return signIn(api, account.username(), Facility.PASSWORD);
    }

    /** A page, as HTML. */
    public Api.Response get(String path) {
        return api.send(null, "GET", path, null, Map.of("Cookie", cookie, "Accept", "text/html"));
    }

    /**
     * Submits a form as a browser would: the CSRF token taken from {@code fromPage}, the fields form-encoded.
     * Answers the redirect (or the page shown again) as it comes, not followed.
     */
    public Api.Response post(String fromPage, String action, Map<String, String> fields) {
        return post(fromPage, action, fields, Map.of());
    }

    /**
     * As {@link #post(String, String, Map)} with more request headers: {@code HX-Request: true} as htmx sends
     * it (the answer is then a fragment), or the {@code Referer} a browser sends.
     */
    public Api.Response post(String fromPage, String action, Map<String, String> fields, Map<String, String> headers) {
        Matcher token = CSRF.matcher(get(fromPage).body());
        assertThat(token.find()).as("%s carries a CSRF token", fromPage).isTrue();
        StringBuilder body = new StringBuilder("_csrf=").append(enc(token.group(1)));
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        Map<String, String> all = new java.util.HashMap<>(Map.of("Cookie", cookie, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"));
        all.putAll(headers);
        return api.send(null, "POST", action, body.toString(), all);
    }

    private static String session(Api.Response r) {
        String set = r.header("Set-Cookie");
        assertThat(set).as("a session cookie").isNotNull();
        return set.split(";")[0];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

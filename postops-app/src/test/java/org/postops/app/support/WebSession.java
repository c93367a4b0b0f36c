package org.postops.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrfToken(fromPage)));
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        Map<String, String> all = new java.util.HashMap<>(Map.of("Cookie", cookie, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"));
        all.putAll(headers);
        return api.send(null, "POST", action, body.toString(), all);
    }

    /**
     * As {@link #post(String, String, Map)} for a form with fields that repeat (checkboxes of one name, such as
     * days of the week): each value of each field is sent, in order.
     */
    public Api.Response post(String fromPage, String action,
            org.springframework.util.MultiValueMap<String, String> fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrfToken(fromPage)));
        fields.forEach((k, values) -> values.forEach(v -> body.append('&').append(enc(k)).append('=').append(enc(v))));
        return api.send(null, "POST", action, body.toString(), Map.of("Cookie", cookie, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"));
    }

    /**
     * Submits a form with no CSRF token at all, as a forged post from another site would arrive: the session
     * cookie is sent, the token is not.
     */
    public Api.Response postWithoutToken(String action, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return api.send(null, "POST", action, body.toString(), Map.of("Cookie", cookie, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"));
    }

    /**
     * Submits a {@code multipart/form-data} form (one with a file input) as a browser would: the CSRF token of
     * {@code fromPage} as a part ({@code fromPage} null: without one), the fields, then the file as
     * {@code fileField} named {@code filename} (none when {@code content} is null). Answers as it comes.
     */
    public Api.Response upload(String fromPage, String action, Map<String, String> fields, String fileField,
            String filename, String content) {
        String boundary = "----postops-test-" + Api.unique();
        StringBuilder body = new StringBuilder();
        java.util.function.BiConsumer<String, String> part = (name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n");
        if (fromPage != null) {
            part.accept("_csrf", csrfToken(fromPage));
        }
        fields.forEach(part);
        if (content != null) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                    .append("\"; filename=\"").append(filename).append("\"\r\nContent-Type: text/csv\r\n\r\n")
                    .append(content).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return api.send(null, "POST", action, body.toString(), Map.of("Cookie", cookie, "Accept", "text/html",
                "Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /**
     * Sends {@code body} as the request's raw body the way a page's script does: with the session cookie and the
     * CSRF token of {@code fromPage} as the {@code X-CSRF-TOKEN} header (none when {@code fromPage} is null).
     */
    public Api.Response script(String fromPage, String method, String path, HttpRequest.BodyPublisher body,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Accept", "application/json").method(method, body);
        if (fromPage != null) {
            b.header("X-CSRF-TOKEN", csrfToken(fromPage));
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Api.Response(r.statusCode(), r, type.contains("json") && !r.body().isEmpty()
                    ? Api.JSON.readTree(r.body()) : null);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session's cookie ({@code JSESSIONID=…}), for requests made by hand. */
    public String cookie() {
        return cookie;
    }

    /** The CSRF token a page of this session carries. */
    public String csrfToken(String fromPage) {
        Matcher token = CSRF.matcher(get(fromPage).body());
        assertThat(token.find()).as("%s carries a CSRF token", fromPage).isTrue();
        return token.group(1);
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

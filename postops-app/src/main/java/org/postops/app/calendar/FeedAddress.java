package org.postops.app.calendar;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where PostOps is reached from outside, for the absolute addresses a calendar needs (the feed's own,
 * each event's link back). {@code postops.public-url} when set (behind a proxy that ends TLS, the
 * request's own address is the inner one); otherwise the address this request came to.
 */
@Component
public class FeedAddress {

    private final String configured;

    FeedAddress(@Value("${postops.public-url:}") String configured) {
        String url = configured == null ? "" : configured.strip();
        this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }
}

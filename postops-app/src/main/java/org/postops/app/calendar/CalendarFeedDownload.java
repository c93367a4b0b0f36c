package org.postops.app.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /calendar/<secret>.ics}: the feed itself, for calendar programs that send no session and no
 * token; the secret in the address is the credential (SecuritySettings lets these requests through). A
 * wrong, rotated or revoked secret is a bare 404, alike in every case and saying nothing.
 */
@Controller
class CalendarFeedDownload {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final CalendarFeedService feeds;
    private final FeedAddress address;

    CalendarFeedDownload(CalendarFeedService feeds, FeedAddress address) {
        this.feeds = feeds;
        this.address = address;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret, HttpServletRequest request) {
        Optional<byte[]> ics = feeds.render(secret, address.base(request));
        if (ics.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok().header("Content-Type", CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"postops.ics\"")
                .header("X-Robots-Tag", "noindex")
                .cacheControl(CacheControl.noStore()).body(ics.get());
    }
}

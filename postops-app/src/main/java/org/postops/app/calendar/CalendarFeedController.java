package org.postops.app.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import org.postops.app.access.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's calendar feed over the API: whether there is one, make or rotate it, revoke it. */
@RestController
@RequestMapping("/api/v1/me/calendar-feed")
class CalendarFeedController {

    /**
     * Whether the person has a feed. The address itself cannot be shown again (only its hash is kept):
     * {@code urlPrefix} is how it starts, to recognise it; rotating gives a new one.
     */
    record FeedState(boolean active, String prefix, String urlPrefix, Instant createdAt, Instant lastFetchedAt) {
    }

    private final CalendarFeedService feeds;
    private final FeedAddress address;

    CalendarFeedController(CalendarFeedService feeds, FeedAddress address) {
        this.feeds = feeds;
        this.address = address;
    }

    @GetMapping
    FeedState get(Viewer viewer, HttpServletRequest request) {
        return feeds.current(viewer)
                .map(f -> new FeedState(true, f.prefix(), address.base(request) + "/calendar/" + f.prefix(),
                        f.createdAt(), f.lastFetchedAt()))
                .orElse(new FeedState(false, null, null, null, null));
    }

    /** Makes the feed, or rotates it (the old address stops working); the address is in this answer only. */
    @PostMapping
    ResponseEntity<CalendarFeedService.IssuedFeed> issue(Viewer viewer, HttpServletRequest request) {
        CalendarFeedService.IssuedFeed issued = feeds.issue(viewer, address.base(request));
        return ResponseEntity.created(URI.create("/api/v1/me/calendar-feed")).cacheControl(CacheControl.noStore())
                .body(issued);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Viewer viewer) {
        feeds.revoke(viewer);
    }
}

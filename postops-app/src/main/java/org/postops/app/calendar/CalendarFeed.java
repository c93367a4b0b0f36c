package org.postops.app.calendar;

import java.time.Instant;

/** A person's calendar feed as they see it later: never the secret, only its first characters. */
public record CalendarFeed(String prefix, Instant createdAt, Instant lastFetchedAt) {
}

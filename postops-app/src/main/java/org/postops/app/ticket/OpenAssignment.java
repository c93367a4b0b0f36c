package org.postops.app.ticket;

/**
 * Who an open ticket is on, for ranking experts by their open load: counts only, never shown per ticket, so it
 * names no production and covers restricted tickets too.
 */
public record OpenAssignment(long ticketId, Long assigneeId, Long expertId) {
}

/**
 * What the other areas say about a ticket, composed: the experts to ask, what changed in its kit's configuration
 * before the fault, and what the kit being down puts at risk (per option, and facility-wide on the At risk page).
 * Kept apart from the ticket itself so the tickets area stays the lifecycle and nothing else.
 */
package org.postops.app.ticket.insight;

/**
 * Service targets of tickets: the targets per severity, and the clocks that measure a ticket against them on the
 * facility's working calendar. Pure figures apart from the settings; the tickets area feeds them its history.
 */
package org.postops.app.ticket.sla;

/**
 * The facility's kit and rooms, and their bookings to productions' stages and tasks: what each production
 * depends on. Tickets, configurations and impact build on it.
 */
package org.postops.app.kit;

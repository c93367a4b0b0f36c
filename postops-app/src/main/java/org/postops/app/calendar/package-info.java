/**
 * Personal calendar feeds: a secret iCalendar address per person (made, rotated and revoked by them)
 * that Outlook, Google and Apple calendars subscribe to, holding their due dates and milestones.
 */
package org.postops.app.calendar;

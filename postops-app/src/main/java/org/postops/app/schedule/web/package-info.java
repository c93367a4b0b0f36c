/**
 * The schedule over the web: the Gantt chart of a production, drawn on the server as SVG from its
 * {@link org.postops.app.schedule.ProductionSchedule}, the same dates as a table, and the short summary the
 * production page shows. See docs/decisions/0014-server-side-gantt.md.
 */
package org.postops.app.schedule.web;

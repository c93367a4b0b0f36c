/**
 * Planning library: calendars, critical path, impact of changes, budgets. Plain Java, no Spring, no SQL.
 * Holds the dependency-cycle finder the server uses to refuse cyclic task dependencies, and the critical
 * path engine ({@link org.postops.planning.CriticalPath}), which schedules on working minutes only.
 */
package org.postops.planning;

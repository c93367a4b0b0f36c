/**
 * Planning library: calendars, critical path, impact of changes, budgets. Plain Java, no Spring, no SQL.
 * Holds the dependency-cycle finder the server uses to refuse cyclic task dependencies, and the critical
 * path engine ({@link org.postops.planning.CriticalPath}), which schedules on working minutes only.
 * Work calendars (working weeks, bank holidays read as data, people's days off) turn working minutes into
 * instants; WorkAxis precomputes them for the critical path.
 */
package org.postops.planning;

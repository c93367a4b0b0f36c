/**
 * Planning library: calendars, critical path, impact of changes, budgets. Plain Java, no Spring, no SQL.
 * Holds the dependency-cycle finder the server uses to refuse cyclic task dependencies.
 */
package org.postops.planning;

/**
 * Schedules: a production's tasks run through the critical path method on the facility's working calendar,
 * the dates and floats of each task, whether its milestones meet their targets, and what-ifs over a changed
 * plan that touch nothing stored.
 */
package org.postops.app.schedule;

/**
 * Time logs: the hours and minutes people work on tasks, entered by themselves (or by the production's
 * supervisors and producers for them), never as fractions of days; My time, and estimate against
 * actual per task, stage and person.
 */
package org.postops.app.time;

/**
 * Tasks of a production: stage, assignees, status, estimate, due date, dependencies (cycles refused),
 * comments; and My work, each person's tasks across productions. Task queries join the production
 * table only to filter by the viewer's rights, as the confidentiality policy requires.
 */
package org.postops.app.task;

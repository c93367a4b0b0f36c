/**
 * The technical brief: one printable page per production for its technical colleagues — spec and deliverables,
 * stages with the rooms and kit booked, qualified configurations and drift, storage and media notes, open tickets
 * and risks — generated from the other areas, never kept as a copy that goes stale.
 */
package org.postops.app.brief;

/**
 * Configurations of kit: snapshots of what each machine runs, their history and diffs, the qualified
 * configurations productions and the facility approve, compliance of booked kit, and the drift warning.
 */
package org.postops.app.config;

/**
 * Delivery QC in the server: a production's media assets (files on a volume, or uploaded), probed when registered,
 * checked against their deliverable's delivery profile as background jobs, with each run's verdict and reports kept.
 */
package org.postops.app.delivery;

/** Delivery QC over HTTP: the API (assets, uploads, QC runs, reports, deliverables' verdicts) and the pages. */
package org.postops.app.delivery.web;

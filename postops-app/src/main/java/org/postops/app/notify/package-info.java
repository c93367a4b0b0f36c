/**
 * In-app notifications: what other areas tell people ("you were assigned", later "a change you are
 * affected by was approved"), stored per recipient, counted in the page header and listed on their page.
 * What a person may read is decided when they read it, by the confidentiality policy.
 */
package org.postops.app.notify;

/**
 * The configurations area over HTTP: the API's snapshots, qualified configurations and compliance, and the
 * configuration pages and forms. The rules they apply live in {@link org.postops.app.config}.
 */
package org.postops.app.config.web;

/**
 * The production area over HTTP: the API's productions, stages and team, and the production pages and
 * forms. The rules they apply live in {@link org.postops.app.production}.
 */
package org.postops.app.production.web;

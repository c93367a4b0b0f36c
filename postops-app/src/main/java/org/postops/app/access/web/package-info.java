/**
 * The access area over HTTP: people and tokens in the API, the account page and the admin's people
 * pages. The rules they apply live in {@link org.postops.app.access}.
 */
package org.postops.app.access.web;

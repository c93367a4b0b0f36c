/**
 * The ticket area over HTTP: the API's tickets, options, solutions and ratings, and the ticket pages and forms.
 * The rules they apply live in {@link org.postops.app.ticket}.
 */
package org.postops.app.ticket.web;

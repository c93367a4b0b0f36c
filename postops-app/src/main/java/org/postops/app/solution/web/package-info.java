/**
 * The solution area over HTTP: the API's solutions and articles, and the knowledge-base pages and article form
 * (decision 0009). The rules they apply live in {@link org.postops.app.solution}.
 */
package org.postops.app.solution.web;

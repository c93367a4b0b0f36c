/**
 * What every page and endpoint shares: the layout, problem details for API errors, paging, error pages.
 */
package org.postops.app.web;

/**
 * The kit register as CSV (RFC 4180), for facilities moving from spreadsheets: export, and an all-or-nothing
 * import with a dry run. Reaches the register only through {@link org.postops.app.kit.KitService}.
 */
package org.postops.app.kit.csv;

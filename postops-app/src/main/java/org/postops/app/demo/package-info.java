/**
 * The demo facility behind {@code postops serve --demo}: people, three productions and their tasks,
 * loaded on the first start through the same services (and audit trail) as real work.
 */
package org.postops.app.demo;

/** Search across productions and tasks, limited to what the viewer may see. */
package org.postops.app.search;

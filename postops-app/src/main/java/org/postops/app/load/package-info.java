/**
 * People's load: each person's planned hours per day across every production they work on, against their
 * capacity (the facility's calendar less their days off), with over-allocation found. Work on productions the
 * viewer may not see is counted but shown only as anonymous "busy" hours ({@link LoadService}, the one place
 * that rule lives; decision 0015).
 */
package org.postops.app.load;

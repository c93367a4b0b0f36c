/**
 * The audit trail: every change and every security event, appended to a SHA-256 hash chain so that a
 * changed or removed entry is detectable ({@code postops audit verify}).
 */
package org.postops.app.audit;

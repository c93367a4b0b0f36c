/**
 * Who people are and what they may see: users, global roles, API tokens, login throttling, and the one
 * {@link org.postops.app.access.ConfidentialityPolicy} that decides what production data a viewer sees.
 */
package org.postops.app.access;

/**
 * Solutions that are proven: what resolved each ticket, measured afterwards (recurrences, time to restore, the
 * requester's rating) rather than claimed, and the knowledge base of solutions and articles searched by symptoms
 * and fragments of error messages, ranked by relevance blended with that measured effectiveness. The search index
 * itself is in {@code .index}, the HTTP adapters in {@code .web}.
 */
package org.postops.app.solution;

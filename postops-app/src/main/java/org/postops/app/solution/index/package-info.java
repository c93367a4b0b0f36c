/**
 * The knowledge base's in-memory search index: how text becomes terms, BM25 ranking blended with effectiveness,
 * and excerpts. Pure Java (no Spring, no SQL) so it can be tested and benchmarked alone; the area feeds it.
 */
package org.postops.app.solution.index;

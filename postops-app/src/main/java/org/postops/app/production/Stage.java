package org.postops.app.production;

/** A workflow stage of a production, in order. */
public record Stage(long id, String name, int position) {
}

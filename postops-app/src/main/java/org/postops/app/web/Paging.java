package org.postops.app.web;

/** A requested page: numbered from 0, at most {@link #MAX_SIZE} items. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 0) {
            throw Problem.badField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.badField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * This page of a list. The total is counted only when it cannot be known otherwise: a page that is
     * not full (and not past the end) ends the list, so most small lists cost one query, not two.
     */
    public <T> PageOf<T> of(java.util.List<T> items, java.util.function.LongSupplier count) {
        long total = !items.isEmpty() && items.size() < size || items.isEmpty() && page == 0
                ? offset() + items.size() : count.getAsLong();
        return new PageOf<>(items, page, size, total);
    }
}

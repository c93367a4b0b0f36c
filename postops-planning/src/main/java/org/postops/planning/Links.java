package org.postops.planning;

/**
 * Dependencies grouped by task in compressed rows: the links of task {@code i} are the entries from
 * {@code start[i]} up to {@code start[i + 1]}. {@code target} is the other end of each link.
 */
final class Links {

    final int[] start;
    final int[] target;
    final long[] lag;
    final byte[] type; // Link ordinal

    private Links(int[] start, int[] target, long[] lag, byte[] type) {
        this.start = start;
        this.target = target;
        this.lag = lag;
        this.type = type;
    }

    /** Rows keyed by {@code owner[e]}, each entry pointing at {@code other[e]}; a counting sort, linear. */
    static Links rows(int tasks, int[] owner, int[] other, long[] lag, byte[] type, int count) {
        int[] start = new int[tasks + 1];
        for (int e = 0; e < count; e++) {
            start[owner[e] + 1]++;
        }
        for (int i = 0; i < tasks; i++) {
            start[i + 1] += start[i];
        }
        int[] next = start.clone();
        int[] target = new int[count];
        long[] lags = new long[count];
        byte[] types = new byte[count];
        for (int e = 0; e < count; e++) {
            int slot = next[owner[e]]++;
            target[slot] = other[e];
            lags[slot] = lag[e];
            types[slot] = type[e];
        }
        return new Links(start, target, lags, types);
    }
}

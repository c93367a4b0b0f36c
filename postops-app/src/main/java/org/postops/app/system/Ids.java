package org.postops.app.system;

import java.security.SecureRandom;

/**
 * Ids for stored objects: random positive numbers below 2^53, so they survive JavaScript and reveal
 * neither creation order nor how many objects (restricted ones included) exist.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long LIMIT = 1L << 53;

    private Ids() {
    }

    public static long next() {
        long id;
        do {
            id = RANDOM.nextLong() & (LIMIT - 1);
        } while (id < 1_000_000L); // never short enough to be mistaken for a count
        return id;
    }
}

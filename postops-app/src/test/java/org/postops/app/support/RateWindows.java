package org.postops.app.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rates are facility-wide and tests share one server, so each test that sets role rates gets two weeks of
 * the past no other test uses: its rates and dates stay inside them and never clash with another's.
 */
public final class RateWindows {

    private static final LocalDate FIRST = LocalDate.of(2001, 1, 1); // a Monday
    private static final AtomicInteger NEXT = new AtomicInteger();

    private RateWindows() {
    }

    /** The Monday that starts a fresh fortnight. */
    public static LocalDate next() {
        return FIRST.plusWeeks(2L * NEXT.getAndIncrement());
    }
}

package org.postops.app.cli;

import java.util.Locale;

/** Byte counts for people: 1.2 GiB, 350 MB/s. */
final class Sizes {

    private Sizes() {
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }

    /** Decimal megabytes per second, as disk and network speeds are quoted. */
    static String megabytesPerSecond(long bytes, double seconds) {
        return seconds <= 0 ? "-" : String.format(Locale.ROOT, "%.0f MB/s", bytes / 1e6 / seconds);
    }
}

package org.postops.app.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How pages write times, dates, money and hours, in one place so every page says them alike. Templates
 * reach it as {@code @formats}; instants are shown in the viewer's zone, never the server's.
 */
@Component("formats")
public class Formats {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);

    private final Clock clock;

    public Formats(Clock clock) {
        this.clock = clock;
    }

    /** "20 Nov 2026, 14:05" in the given zone; empty for no instant. */
    public String instant(Instant instant, ZoneId zone) {
        return instant == null ? "" : INSTANT.format(instant.atZone(zone));
    }

    /** "Fri 20 Nov", with the year when it is not this year in the viewer's zone. */
    public String date(LocalDate date, ZoneId zone) {
        if (date == null) {
            return "";
        }
        return date.getYear() == LocalDate.ofInstant(clock.instant(), zone).getYear() ? DAY.format(date)
                : DAY_WITH_YEAR.format(date);
    }

    /** An amount held in minor units (pence, cents) written in its currency: "£12,500.00". */
    public String money(Long minor, String currencyCode) {
        if (minor == null) {
            return "";
        }
        Currency currency = currency(currencyCode);
        int digits = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal amount = BigDecimal.valueOf(minor, digits);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(LOCALE));
        String symbol = currency == null ? currencyCode : currency.getSymbol(LOCALE);
        String number = format.format(amount);
        return symbol.equals(currencyCode) ? currencyCode + " " + number : symbol + number;
    }

    /** Minor units as the plain decimal a form field shows: 1250050 GBP is "12500.50". */
    public String amountInput(Long minor, String currencyCode) {
        if (minor == null) {
            return "";
        }
        Currency currency = currency(currencyCode);
        int digits = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** Hours as hours and minutes, never fractions of days: "1 h 30 min", "8 h", "15 min". */
    public String hours(Double hours) {
        return hours == null ? "" : workTime(Math.round(hours * 60));
    }

    /**
     * Worked time as people say it, never fractions of days: "7 h 30 min", "45 min", "8 h", "0 h"; behind or
     * over is written with a minus sign ("−1 h 30 min"). The one place PostOps words a duration.
     */
    public static String workTime(long minutes) {
        String sign = minutes < 0 ? "−" : "";
        long m = Math.abs(minutes);
        long h = m / 60;
        long rest = m % 60;
        if (h == 0 && rest > 0) {
            return sign + rest + " min";
        }
        return sign + h + " h" + (rest == 0 ? "" : " " + rest + " min");
    }

    /** Worked time on a clock face, for grid cells: "7:30", "8:00", "0:45"; empty for nothing. */
    public static String clockTime(long minutes) {
        if (minutes == 0) {
            return "";
        }
        return (minutes < 0 ? "−" : "") + Math.abs(minutes) / 60 + ":" + String.format("%02d", Math.abs(minutes) % 60);
    }

    /** A number of hours as a form field shows it: "1.5". */
    public String number(Double value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A size in decimal units, as drives are sold: "812 B", "4.2 kB", "1.3 GB", "2.0 TB". */
    public static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(LOCALE, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    /** Throughput in megabytes a second, as disk speeds are given: "350 MB/s", "0.4 MB/s". */
    public static String speed(long bytesPerSecond) {
        double mb = bytesPerSecond / 1_000_000d;
        return String.format(LOCALE, mb < 10 ? "%.1f MB/s" : "%.0f MB/s", mb);
    }

    /** Time still needed by running work: "about 20 s", "about 3 min", "about 1 h 10 min"; empty when unknown. */
    public static String remaining(Long seconds) {
        if (seconds == null || seconds < 0) {
            return "";
        }
        if (seconds < 60) {
            return "about " + Math.max(1, seconds) + " s";
        }
        return "about " + workTime((seconds + 59) / 60);
    }

    static Currency currency(String code) {
        try {
            return code == null ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.postops.planning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Public holidays on which a facility does not work, each with its name. Held as data, read from a text file
 * of one ISO date per line with the holiday's name after a {@code #}, so that a one-off holiday is added
 * without code.
 */
public record BankHolidays(NavigableMap<LocalDate, String> byDate) {

    static final String ENGLAND_AND_WALES = "bank-holidays-england-and-wales.txt";

    public BankHolidays {
        byDate = Collections.unmodifiableNavigableMap(new TreeMap<>(byDate));
    }

    public static BankHolidays none() {
        return new BankHolidays(new TreeMap<>());
    }

    /** England and Wales, from the file shipped with the library (2025–2032 at the time of writing). */
    public static BankHolidays englandAndWales() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException(ENGLAND_AND_WALES + " is missing from the classpath");
            }
            return read(ENGLAND_AND_WALES, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ENGLAND_AND_WALES, e);
        }
    }

    /** Reads UTF-8 text in the file's format; {@code source} names it in error messages. */
    public static BankHolidays read(String source, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return parse(source, reader.lines().collect(Collectors.toList()));
    }

    /**
     * Parses lines of the file's format: blank lines and lines starting with {@code #} are skipped; a date may
     * be followed by {@code # name}. A line that is not a date is refused with its source and line number.
     */
    public static BankHolidays parse(String source, List<String> lines) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String datePart = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (datePart.isEmpty()) {
                continue;
            }
            String name = hash < 0 ? "" : line.substring(hash + 1).strip();
            LocalDate day;
            try {
                day = LocalDate.parse(datePart);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": '" + datePart
                        + "' is not a date in ISO form (yyyy-mm-dd)", e);
            }
            if (days.put(day, name) != null) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + day + " is listed twice");
            }
        }
        return new BankHolidays(days);
    }

    public boolean contains(LocalDate day) {
        return byDate.containsKey(day);
    }

    public Optional<String> nameOf(LocalDate day) {
        return Optional.ofNullable(byDate.get(day));
    }

    /** The holidays of one year, in date order. */
    public NavigableMap<LocalDate, String> inYear(int year) {
        return byDate.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
    }

    /** These holidays and the given ones (a one-off, or a region's extra days). */
    public BankHolidays with(Map<LocalDate, String> more) {
        NavigableMap<LocalDate, String> all = new TreeMap<>(byDate);
        all.putAll(more);
        return new BankHolidays(all);
    }
}

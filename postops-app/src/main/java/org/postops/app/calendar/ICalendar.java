package org.postops.app.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) content lines: TEXT values escaped (backslash, semicolon, comma, line
 * breaks), lines folded at 75 octets without splitting a UTF-8 character, every line ended by CRLF.
 */
final class ICalendar {

    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(4096);

    /** A property whose value is written as given (already valid: a date, a URI, a keyword). */
    ICalendar raw(String nameAndParameters, String value) {
        out.append(fold(nameAndParameters + ":" + value));
        return this;
    }

    /** A property of type TEXT. */
    ICalendar text(String name, String value) {
        return raw(name, escape(value));
    }

    /** A DATE value: {@code 20261201}. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A DATE-TIME in UTC: {@code 20261121T093000Z}. */
    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes a TEXT value: {@code \ ; ,} get a backslash, any line break becomes {@code \n}, and other
     * control characters (not allowed in TEXT) become spaces.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("\\n");
                default -> b.append(c != '\t' && Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }

    /**
     * One content line, folded: no physical line longer than 75 octets of UTF-8 (continuations start
     * with a space, which counts), never splitting a character, each ended by CRLF.
     */
    static String fold(String line) {
        StringBuilder b = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return b.append("\r\n").toString();
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    byte[] bytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }
}

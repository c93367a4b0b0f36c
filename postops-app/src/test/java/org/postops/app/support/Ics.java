package org.postops.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an iCalendar file as RFC 5545 says a client must, and checks its form on the way: every line
 * ends in CRLF, no physical line exceeds 75 octets, continuation lines start with a space or a tab.
 */
public final class Ics {

    /** One unfolded content line: {@code NAME;PARAM=x:value}. */
    public record Line(String name, String parameters, String value) {

        /** The value as TEXT, unescaped. */
        public String text() {
            return unescape(value);
        }
    }

    private final List<Line> lines;

    private Ics(List<Line> lines) {
        this.lines = lines;
    }

    public static Ics parse(String body) {
        assertThat(body).as("an iCalendar file ends with CRLF").endsWith("\r\n");
        assertThat(body.replace("\r\n", "")).as("no CR or LF outside CRLF").doesNotContain("\r", "\n");
        List<String> unfolded = new ArrayList<>();
        for (String physical : body.substring(0, body.length() - 2).split("\r\n", -1)) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as("octets in line: %s", physical)
                    .isLessThanOrEqualTo(75);
            if (physical.startsWith(" ") || physical.startsWith("\t")) {
                assertThat(unfolded).as("a continuation needs a line before it").isNotEmpty();
                unfolded.set(unfolded.size() - 1, unfolded.get(unfolded.size() - 1) + physical.substring(1));
            } else {
                unfolded.add(physical);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String line : unfolded) {
            int colon = line.indexOf(':');
            assertThat(colon).as("a content line has a colon: %s", line).isPositive();
            String head = line.substring(0, colon);
            int semicolon = head.indexOf(';');
            lines.add(semicolon < 0 ? new Line(head, "", line.substring(colon + 1))
                    : new Line(head.substring(0, semicolon), head.substring(semicolon + 1), line.substring(colon + 1)));
        }
        return new Ics(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** The first top-level property of this name (outside any component but VCALENDAR). */
    public Line calendar(String name) {
        int depth = 0;
        for (Line l : lines) {
            if (l.name().equals("BEGIN")) {
                depth++;
            } else if (l.name().equals("END")) {
                depth--;
            } else if (depth == 1 && l.name().equals(name)) {
                return l;
            }
        }
        throw new AssertionError("no " + name + " in the calendar");
    }

    /** Each VEVENT as its properties by name (the last one wins; the feed repeats none). */
    public List<Map<String, Line>> events() {
        List<Map<String, Line>> events = new ArrayList<>();
        Map<String, Line> current = null;
        for (Line l : lines) {
            if (l.name().equals("BEGIN") && l.value().equals("VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (l.name().equals("END") && l.value().equals("VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                current.put(l.name(), l);
            }
        }
        return events;
    }

    /** The event with this UID, if any. */
    public Map<String, Line> event(String uid) {
        return events().stream().filter(e -> e.get("UID").value().equals(uid)).findFirst().orElse(null);
    }

    public static String unescape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                b.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(c == ',' || c == ';').as("an unescaped , or ; in TEXT: %s", text).isFalse();
                b.append(c);
            }
        }
        return b.toString();
    }
}

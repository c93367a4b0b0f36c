package org.postops.media.probe;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ffprobe's {@code -print_format flat} output: one {@code section.key=value} per line, strings quoted with
 * {@code \ " ` $} escaped. Chosen over JSON so the library needs no JSON parser.
 */
final class FlatOutput {

    private final Map<String, String> values;

    private FlatOutput(Map<String, String> values) {
        this.values = values;
    }

    static FlatOutput parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String raw = line.substring(eq + 1).stripTrailing();
            values.put(key, raw.startsWith("\"") ? unquote(raw) : raw);
        }
        return new FlatOutput(values);
    }

    private static String unquote(String raw) {
        int end = raw.endsWith("\"") && raw.length() > 1 ? raw.length() - 1 : raw.length();
        StringBuilder b = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < end) {
                char n = raw.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The value, absent when missing, empty, {@code N/A} or {@code unknown}. */
    Optional<String> get(String key) {
        String v = values.get(key);
        if (v == null || v.isEmpty() || v.equals("N/A") || v.equals("unknown") || v.equals("unspecified")) {
            return Optional.empty();
        }
        return Optional.of(v);
    }

    String text(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    Optional<Integer> integer(String key) {
        return get(key).flatMap(v -> {
            try {
                return Optional.of(Integer.valueOf(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    Optional<Long> whole(String key) {
        return get(key).flatMap(v -> {
            try {
                return Optional.of(Long.valueOf(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    Optional<BigDecimal> decimal(String key) {
        return get(key).flatMap(v -> {
            try {
                return Optional.of(new BigDecimal(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    boolean has(String prefix) {
        String p = prefix + ".";
        return values.keySet().stream().anyMatch(k -> k.startsWith(p));
    }

    /** How many {@code prefix.N.} entries there are, counting from 0. */
    int count(String prefix) {
        int n = 0;
        while (has(prefix + "." + n)) {
            n++;
        }
        return n;
    }
}

package org.postops.app.solution.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The part of a long text around what was searched for, so a result shows the line of the error that matched. */
public final class Excerpts {

    private Excerpts() {
    }

    /**
     * Up to {@code width} characters of {@code text} around the first place the longest word of {@code query}
     * (or, failing that, a shorter one, or its camel-case parts) occurs, with "…" where it was cut; the start of the
     * text when nothing of the query is in it.
     */
    public static String around(String text, String query, int width) {
        if (text == null || text.length() <= width) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Terms.of(query, 1, false, (term, weight) -> {
            if (term.length() >= 2 && !words.contains(term)) {
                words.add(term);
            }
        });
        words.sort(Comparator.comparingInt(String::length).reversed());
        int at = -1;
        for (String w : words) {
            at = lower.indexOf(w);
            if (at >= 0) {
                break;
            }
        }
        if (at < 0) {
            return text.substring(0, width) + "…";
        }
        int from = Math.max(0, at - width / 3);
        int to = Math.min(text.length(), from + width);
        from = Math.max(0, to - width);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}

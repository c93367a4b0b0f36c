package org.postops.app.solution.index;

import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How text becomes search terms, the same for what is indexed and what is asked. Words are runs of letters and
 * digits, lower-cased; a word written in camel case ({@code GPUMemoryFull}, {@code ResolveFX}) also gives its parts
 * ({@code gpu}, {@code memory}, {@code full}), so half of an identifier finds the whole; and in the fields that carry
 * error messages, every word of six characters or more also gives its character trigrams, so a fragment someone
 * copied ({@code MemoryFul}, {@code 0xC00000}) still meets the word it was cut from. Trigram terms start with
 * {@link #GRAM} so they never collide with words.
 */
final class Terms {

    /** Marks a trigram term. */
    static final char GRAM = '\u0001';
    /** Words this long or longer are also indexed by their trigrams. */
    static final int GRAM_WORD = 6;
    /** Longer words are cut: a pasted base64 blob is not vocabulary. */
    static final int MAX_WORD = 48;

    /** A query word's trigrams together weigh this much of the word itself. */
    static final float GRAM_SHARE = 1.2f;

    /** Receives each term and its weight. */
    interface Sink {
        void term(String term, float weight);
    }

    private Terms() {
    }

    /**
     * The terms of a query with their weights: every word and part 1, the trigrams of each long word together
     * {@link #GRAM_SHARE}; a term said twice weighs twice. At most {@code maxTerms} distinct terms, in order.
     */
    static Map<String, Float> query(String text, int maxTerms) {
        return query(text, maxTerms, word -> false);
    }

    /**
     * The same, but a word the index already {@code knows} whole brings no trigrams: the word itself finds its
     * documents, and its trigrams (the commonest terms there are) would cost most of the search for little. A word
     * the index does not know (a fragment, a word cut short while typing) is searched by its trigrams.
     */
    static Map<String, Float> query(String text, int maxTerms, java.util.function.Predicate<String> knows) {
        Map<String, Float> terms = new LinkedHashMap<>();
        Sink sink = (term, weight) -> {
            if (terms.size() < maxTerms || terms.containsKey(term)) {
                terms.merge(term, weight, Float::sum);
            }
        };
        words(text, raw -> word(raw, 1f, !knows.test(raw.toLowerCase(Locale.ROOT)), true, sink));
        return terms;
    }

    /**
     * Calls {@code sink} with every term of {@code text} and the weight it carries: {@code weight} for a word and
     * each camel-case part, and, when {@code grams}, {@code weight} for each trigram of a long word.
     */
    static void of(String text, float weight, boolean grams, Sink sink) {
        of(text, weight, grams, false, sink);
    }

    private static void of(String text, float weight, boolean grams, boolean query, Sink sink) {
        words(text, raw -> word(raw, weight, grams, query, sink));
    }

    /** Each run of letters and digits of the text, as written, cut at {@link #MAX_WORD}. */
    static void words(String text, java.util.function.Consumer<String> each) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                each.accept(text.substring(start, Math.min(i, start + MAX_WORD)));
            }
        }
    }

    private static void word(String raw, float weight, boolean grams, boolean query, Sink sink) {
        String word = raw.toLowerCase(Locale.ROOT);
        sink.term(word, weight);
        if (!word.startsWith("0x")) { // hexadecimal codes are one word, whatever their case
            parts(raw, weight, sink);
        }
        if (grams && word.length() >= GRAM_WORD) {
            float each = query ? weight * GRAM_SHARE / gramsOf(word) : weight;
            for (int g = 0; g + 3 <= word.length(); g++) {
                sink.term(GRAM + word.substring(g, g + 3), each);
            }
        }
    }

    /** The camel-case parts of a word, when it has more than one: GPUMemoryFull → gpu, memory, full. */
    private static void parts(String raw, float weight, Sink sink) {
        int n = raw.length();
        int start = 0;
        boolean split = false;
        for (int i = 1; i < n; i++) {
            char before = raw.charAt(i - 1);
            char c = raw.charAt(i);
            boolean boundary = Character.isLowerCase(before) && Character.isUpperCase(c)
                    || Character.isUpperCase(before) && Character.isUpperCase(c) && i + 1 < n
                    && Character.isLowerCase(raw.charAt(i + 1))
                    || Character.isLetter(before) != Character.isLetter(c);
            if (boundary) {
                emitPart(raw, start, i, weight, sink);
                start = i;
                split = true;
            }
        }
        if (split) {
            emitPart(raw, start, n, weight, sink);
        }
    }

    private static void emitPart(String raw, int from, int to, float weight, Sink sink) {
        if (to - from >= 2) {
            sink.term(raw.substring(from, to).toLowerCase(Locale.ROOT), weight);
        }
    }

    /** How many trigrams a query word gives, so that a word's grams together weigh about as much as a word. */
    static int gramsOf(String word) {
        return word.length() >= GRAM_WORD ? word.length() - 2 : 0;
    }
}

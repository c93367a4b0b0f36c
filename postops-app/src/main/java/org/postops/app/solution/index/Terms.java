package org.postops.app.solution.index;

import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
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
     * A query as the index searches it: whole words and camel-case parts with their weights, and the words the
     * index does not know, each searched by its trigrams.
     */
    record Query(Map<String, Float> words, List<Fragment> fragments) {

        boolean isEmpty() {
            return words.isEmpty() && fragments.isEmpty();
        }
    }

    /**
     * An unknown query word searched by its distinct trigrams, each weighing {@code weight}; an entry meets it only
     * when it holds at least {@code need} of them, so one trigram shared by chance (a name's "ion" in
     * "IMFValidation") is not a match while a fragment or a word with a typo still is.
     */
    record Fragment(String word, List<String> grams, float weight, int need) {
    }

    /** The share of an unknown word's distinct trigrams an entry must hold to meet it (pg_trgm's 0.3, rounded up). */
    static final double FRAGMENT_SHARE = 1 / 3.0;

    /**
     * The terms of a query: every word and part weighs 1, and a term said twice weighs twice; a word of
     * {@link #GRAM_WORD} characters or more that the index does not {@code know} whole is also a {@link Fragment}
     * whose trigrams together weigh {@link #GRAM_SHARE}. A word the index knows brings no trigrams: the word itself
     * finds its documents, and its trigrams (the commonest terms there are) would cost most of the search for
     * little. At most {@code maxTerms} distinct terms (trigrams included), in order.
     */
    static Query query(String text, int maxTerms, java.util.function.Predicate<String> knows) {
        Map<String, Float> words = new LinkedHashMap<>();
        Map<String, Fragment> fragments = new LinkedHashMap<>();
        int[] distinct = {0};
        Sink sink = (term, weight) -> {
            if (distinct[0] < maxTerms || words.containsKey(term)) {
                if (words.merge(term, weight, Float::sum) == weight) {
                    distinct[0]++;
                }
            }
        };
        words(text, raw -> {
            String word = raw.toLowerCase(Locale.ROOT);
            word(raw, 1f, false, sink);
            if (word.length() >= GRAM_WORD && !knows.test(word)) {
                Fragment known = fragments.get(word);
                if (known != null) {
                    fragments.put(word, new Fragment(word, known.grams(), known.weight() * 2, known.need()));
                    return;
                }
                java.util.Set<String> grams = new java.util.LinkedHashSet<>();
                for (int g = 0; g + 3 <= word.length() && distinct[0] + grams.size() < maxTerms; g++) {
                    grams.add(GRAM + word.substring(g, g + 3));
                }
                if (!grams.isEmpty()) {
                    distinct[0] += grams.size();
                    int need = Math.max(Math.min(2, grams.size()), (int) Math.ceil(grams.size() * FRAGMENT_SHARE));
                    fragments.put(word, new Fragment(word, List.copyOf(grams), GRAM_SHARE / grams.size(), need));
                }
            }
        });
        return new Query(words, List.copyOf(fragments.values()));
    }

    /**
     * Calls {@code sink} with every term of {@code text} and the weight it carries: {@code weight} for a word and
     * each camel-case part, and, when {@code grams}, {@code weight} for each trigram of a long word.
     */
    static void of(String text, float weight, boolean grams, Sink sink) {
        words(text, raw -> word(raw, weight, grams, sink));
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

    private static void word(String raw, float weight, boolean grams, Sink sink) {
        String word = raw.toLowerCase(Locale.ROOT);
        sink.term(word, weight);
        if (!word.startsWith("0x")) { // hexadecimal codes are one word, whatever their case
            parts(raw, weight, sink);
        }
        if (grams && word.length() >= GRAM_WORD) {
            for (int g = 0; g + 3 <= word.length(); g++) {
                sink.term(GRAM + word.substring(g, g + 3), weight);
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
}

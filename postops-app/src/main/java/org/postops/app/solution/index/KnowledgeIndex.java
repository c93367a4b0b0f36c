package org.postops.app.solution.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The knowledge base in memory: an inverted index of solutions and articles, searched with BM25 over the words
 * (and, for error text, trigrams; see {@link Terms}) of their fields, each field weighted, and ranked by that
 * relevance blended with the entry's measured effectiveness. Posting lists are plain int and byte arrays and the
 * best hits are kept in a small heap, so a search costs the length of the posting lists of its terms and nothing
 * per document beyond them. No Spring, no SQL: the area's KnowledgeBase feeds it; the benchmark drives it
 * directly.
 *
 * <p>Replacing an entry marks its old slot dead and appends a new one; dead slots are skipped and, once they are
 * a quarter of the index, squeezed out. Searches share a read lock; changes take the write lock.
 */
public final class KnowledgeIndex {

    /** One field of an entry: its text, how much a word in it counts, and whether it carries error messages. */
    public record Field(String text, int weight, boolean grams) {
    }

    /** A solution or article as the index holds it. {@code productionId} 0 and {@code category} −1 mean none. */
    public record Entry(long id, boolean article, long productionId, int category, float effectiveness,
            List<Field> fields) {
    }

    /** What a search found: relevance relative to the best match (0..1], and the blended rank. */
    public record Hit(long id, boolean article, long productionId, double relevance, double effectiveness,
            double rank) {
    }

    /** BM25's term-frequency saturation and length normalisation, the usual values. */
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** The share of the rank that is relevance; the rest is effectiveness (decision 0024). */
    static final double RELEVANCE_SHARE = 0.8;
    /** Matches weaker than this fraction of the best one are noise (a shared trigram or two), not results. */
    static final double FLOOR = 0.12;
    /** From this size on, trigrams in more than a quarter of the entries are skipped. */
    static final int COMMON_GRAM_INDEX = 1000;
    /** At most this many distinct terms of a query count: a pasted stack trace is not a longer search. */
    static final int MAX_QUERY_TERMS = 96;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> dictionary = new HashMap<>();
    private int[][] postingDocs = new int[1024][];
    private byte[][] postingFrequencies = new byte[1024][];
    private int[] postingSizes = new int[1024];

    private long[] ids = new long[1024];
    private boolean[] articles = new boolean[1024];
    private long[] productions = new long[1024];
    private byte[] categories = new byte[1024];
    private float[] effectiveness = new float[1024];
    private float[] lengths = new float[1024];
    private boolean[] live = new boolean[1024];
    private int slots;
    private int liveSlots;
    private double totalLength;
    private final Map<Long, Integer> slotOf = new HashMap<>();

    /** Per-slot length normalisation; null after any change (see {@link #norms()}). */
    private volatile float[] norms;
    private final Object normsLock = new Object();

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** Adds the entry, or replaces the one with the same id. */
    public void put(Entry entry) {
        Map<String, float[]> frequencies = new HashMap<>();
        float[] length = {0};
        for (Field field : entry.fields()) {
            Terms.of(field.text(), field.weight(), field.grams(), (term, weight) -> {
                frequencies.computeIfAbsent(term, t -> new float[1])[0] += weight;
                if (term.charAt(0) != Terms.GRAM) {
                    length[0] += weight;
                }
            });
        }
        lock.writeLock().lock();
        try {
            norms = null;
            removeLocked(entry.id(), entry.article());
            int slot = slots++;
            growDocs(slots);
            ids[slot] = entry.id();
            articles[slot] = entry.article();
            productions[slot] = entry.productionId();
            categories[slot] = (byte) entry.category();
            effectiveness[slot] = entry.effectiveness();
            lengths[slot] = Math.max(length[0], 1);
            live[slot] = true;
            liveSlots++;
            totalLength += lengths[slot];
            slotOf.put(key(entry.id(), entry.article()), slot);
            for (Map.Entry<String, float[]> f : frequencies.entrySet()) {
                append(term(f.getKey()), slot, (byte) Math.min(255, Math.max(1, Math.round(f.getValue()[0]))));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(long id, boolean article) {
        lock.writeLock().lock();
        try {
            removeLocked(id, article);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return liveSlots;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best {@code limit} entries for the query, best first: rank = {@link #RELEVANCE_SHARE} × relevance
     * (BM25 relative to the best match) + the rest × effectiveness; ties go to the lower id, so the same index
     * and query always give the same order. {@code category} −1 searches every category.
     */
    public List<Hit> search(String query, int category, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            Terms.Query terms = Terms.query(query, MAX_QUERY_TERMS, dictionary::containsKey);
            return terms.isEmpty() ? List.of() : searchLocked(terms, category, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Hit> searchLocked(Terms.Query query, int category, int limit) {
        if (liveSlots == 0) {
            return List.of();
        }
        Scratch s = scratch.get();
        s.ensure(slots);
        boolean filter = liveSlots != slots || category >= 0;
        for (Map.Entry<String, Float> t : query.words().entrySet()) {
            Integer term = dictionary.get(t.getKey());
            if (term != null) {
                score(term, t.getValue(), filter, category, s);
            }
        }
        // in a large index, a trigram in more than a quarter of it ("ing", "ion") tells nothing and costs most
        int commonGram = liveSlots >= COMMON_GRAM_INDEX ? liveSlots / 4 : Integer.MAX_VALUE;
        for (Terms.Fragment f : query.fragments()) {
            s.fragmentCount = 0;
            int need = f.need();
            for (String gram : f.grams()) {
                Integer term = dictionary.get(gram);
                if (term == null) {
                    continue;
                }
                if (postingSizes[term] > commonGram) {
                    need--; // a gram too common to search is taken as met, not as missing
                    continue;
                }
                scoreFragment(term, f.weight(), filter, category, s);
            }
            // only the entries holding enough of the word's trigrams meet it; the rest shared one by chance
            for (int i = 0; i < s.fragmentCount; i++) {
                int d = s.fragmentTouched[i];
                if (s.fragmentHits[d] >= need) {
                    if (s.scores[d] == 0) {
                        s.touched[s.count++] = d;
                    }
                    s.scores[d] += s.fragmentScores[d];
                }
                s.fragmentHits[d] = 0;
                s.fragmentScores[d] = 0;
            }
        }
        float[] acc = s.scores;
        int[] touched = s.touched;
        int count = s.count;
        s.count = 0;
        float best = 0;
        for (int i = 0; i < count; i++) {
            best = Math.max(best, acc[touched[i]]);
        }
        TopK top = new TopK(limit);
        float floor = (float) (best * FLOOR);
        for (int i = 0; i < count; i++) {
            int d = touched[i];
            float a = acc[d];
            acc[d] = 0;
            if (a >= floor) {
                double relevance = a / best;
                top.offer(d, RELEVANCE_SHARE * relevance + (1 - RELEVANCE_SHARE) * effectiveness[d], relevance,
                        ids[d]);
            }
        }
        int[] order = top.sorted();
        List<Hit> hits = new ArrayList<>(order.length);
        for (int h : order) {
            int d = top.slots[h];
            hits.add(new Hit(ids[d], articles[d], productions[d], top.relevances[h], effectiveness[d], top.ranks[h]));
        }
        return hits;
    }

    /** BM25's weight of a term of this document frequency, times the query's weight for it, times (k1 + 1). */
    private float scale(int df, float queryWeight) {
        double n = Math.max(liveSlots, df);
        return (float) (Math.log(1 + (n - df + 0.5) / (df + 0.5)) * queryWeight) * (K1 + 1);
    }

    /** Adds a word's BM25 contribution to each document holding it. */
    private void score(int term, float queryWeight, boolean filter, int category, Scratch s) {
        int df = postingSizes[term];
        int[] docs = postingDocs[term];
        byte[] tfs = postingFrequencies[term];
        float scale = scale(df, queryWeight);
        float[] norms = norms();
        float[] acc = s.scores;
        int[] touched = s.touched;
        int count = s.count;
        for (int i = 0; i < df; i++) {
            int d = docs[i];
            if (filter && (!live[d] || category >= 0 && categories[d] != category)) {
                continue;
            }
            float tf = tfs[i] & 0xff;
            float a = acc[d];
            if (a == 0) {
                touched[count++] = d;
            }
            acc[d] = a + scale * tf / (tf + norms[d]);
        }
        s.count = count;
    }

    /** Adds a trigram's contribution to each document holding it, apart, and counts the trigrams it holds. */
    private void scoreFragment(int term, float queryWeight, boolean filter, int category, Scratch s) {
        int df = postingSizes[term];
        int[] docs = postingDocs[term];
        byte[] tfs = postingFrequencies[term];
        float scale = scale(df, queryWeight);
        float[] norms = norms();
        for (int i = 0; i < df; i++) {
            int d = docs[i];
            if (filter && (!live[d] || category >= 0 && categories[d] != category)) {
                continue;
            }
            float tf = tfs[i] & 0xff;
            if (s.fragmentHits[d]++ == 0) {
                s.fragmentTouched[s.fragmentCount++] = d;
            }
            s.fragmentScores[d] += scale * tf / (tf + norms[d]);
        }
    }

    /**
     * Each slot's BM25 length normalisation, k1 × (1 − b + b × length / average length), worked out once per change
     * of the index rather than once per posting. Called under the read lock (no writer is changing lengths);
     * readers racing to rebuild it take turns.
     */
    private float[] norms() {
        float[] n = norms;
        if (n != null) {
            return n;
        }
        synchronized (normsLock) {
            if (norms == null) {
                float[] fresh = new float[slots];
                float average = (float) (totalLength / liveSlots);
                for (int d = 0; d < slots; d++) {
                    fresh[d] = K1 * (1 - B + B * lengths[d] / average);
                }
                norms = fresh;
            }
            return norms;
        }
    }

    private void removeLocked(long id, boolean article) {
        Integer old = slotOf.remove(key(id, article));
        if (old == null) {
            return;
        }
        norms = null;
        live[old] = false;
        liveSlots--;
        totalLength -= lengths[old];
        if (slots - liveSlots > liveSlots / 4 + 1024) {
            squeeze();
        }
    }

    /** Drops the dead slots: renumbers the live ones and filters every posting list. */
    private void squeeze() {
        int[] renumbered = new int[slots];
        int next = 0;
        for (int d = 0; d < slots; d++) {
            renumbered[d] = live[d] ? next++ : -1;
            if (live[d]) {
                int to = renumbered[d];
                ids[to] = ids[d];
                articles[to] = articles[d];
                productions[to] = productions[d];
                categories[to] = categories[d];
                effectiveness[to] = effectiveness[d];
                lengths[to] = lengths[d];
                live[to] = true;
                slotOf.put(key(ids[to], articles[to]), to);
            }
        }
        Arrays.fill(live, next, slots, false);
        for (int t = 0; t < dictionary.size(); t++) {
            int kept = 0;
            int[] docs = postingDocs[t];
            byte[] tfs = postingFrequencies[t];
            for (int i = 0; i < postingSizes[t]; i++) {
                int to = renumbered[docs[i]];
                if (to >= 0) {
                    docs[kept] = to;
                    tfs[kept++] = tfs[i];
                }
            }
            postingSizes[t] = kept;
        }
        slots = next;
    }

    private int term(String term) {
        Integer known = dictionary.get(term);
        if (known != null) {
            return known;
        }
        int id = dictionary.size();
        if (id == postingDocs.length) {
            int n = id * 2;
            postingDocs = Arrays.copyOf(postingDocs, n);
            postingFrequencies = Arrays.copyOf(postingFrequencies, n);
            postingSizes = Arrays.copyOf(postingSizes, n);
        }
        postingDocs[id] = new int[2];
        postingFrequencies[id] = new byte[2];
        dictionary.put(term, id);
        return id;
    }

    private void append(int term, int slot, byte tf) {
        int size = postingSizes[term];
        if (size == postingDocs[term].length) {
            int n = size + (size >> 1) + 2;
            postingDocs[term] = Arrays.copyOf(postingDocs[term], n);
            postingFrequencies[term] = Arrays.copyOf(postingFrequencies[term], n);
        }
        postingDocs[term][size] = slot;
        postingFrequencies[term][size] = tf;
        postingSizes[term] = size + 1;
    }

    private void growDocs(int needed) {
        if (needed <= ids.length) {
            return;
        }
        int n = Math.max(needed, ids.length * 2);
        ids = Arrays.copyOf(ids, n);
        articles = Arrays.copyOf(articles, n);
        productions = Arrays.copyOf(productions, n);
        categories = Arrays.copyOf(categories, n);
        effectiveness = Arrays.copyOf(effectiveness, n);
        lengths = Arrays.copyOf(lengths, n);
        live = Arrays.copyOf(live, n);
    }

    private static long key(long id, boolean article) {
        return article ? -id : id;
    }

    /**
     * The best k seen so far, as a min-heap on (rank, then higher id is worse), so the weakest is at the root and
     * each offer costs log k.
     */
    private static final class TopK {
        final int[] slots;
        final double[] ranks;
        final double[] relevances;
        final long[] keys;
        int size;

        TopK(int k) {
            slots = new int[k];
            ranks = new double[k];
            relevances = new double[k];
            keys = new long[k];
        }

        void offer(int slot, double rank, double relevance, long key) {
            if (size < slots.length) {
                set(size, slot, rank, relevance, key);
                up(size++);
            } else if (worse(0, rank, key)) {
                set(0, slot, rank, relevance, key);
                down(0);
            }
        }

        /** Whether the entry at {@code i} ranks below (rank, key). */
        private boolean worse(int i, double rank, long key) {
            return ranks[i] < rank || ranks[i] == rank && keys[i] > key;
        }

        private boolean less(int i, int j) {
            return worse(i, ranks[j], keys[j]);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!less(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int least = i;
                if (l < size && less(l, least)) {
                    least = l;
                }
                if (r < size && less(r, least)) {
                    least = r;
                }
                if (least == i) {
                    return;
                }
                swap(i, least);
                i = least;
            }
        }

        private void set(int i, int slot, double rank, double relevance, long key) {
            slots[i] = slot;
            ranks[i] = rank;
            relevances[i] = relevance;
            keys[i] = key;
        }

        private void swap(int i, int j) {
            int s = slots[i];
            double r = ranks[i];
            double v = relevances[i];
            long k = keys[i];
            set(i, slots[j], ranks[j], relevances[j], keys[j]);
            set(j, s, r, v, k);
        }

        /** Positions in the heap, best first. */
        int[] sorted() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : less(a, b) ? 1 : -1);
            int[] result = new int[size];
            for (int i = 0; i < size; i++) {
                result[i] = order[i];
            }
            return result;
        }
    }

    /** A thread's score accumulator: zero everywhere between searches (a search clears what it touched). */
    private static final class Scratch {
        float[] scores = new float[0];
        int[] touched = new int[0];
        int count;
        float[] fragmentScores = new float[0];
        int[] fragmentHits = new int[0];
        int[] fragmentTouched = new int[0];
        int fragmentCount;

        void ensure(int slots) {
            count = 0;
            fragmentCount = 0;
            if (scores.length < slots) {
                int n = Math.max(slots, scores.length * 2);
                scores = new float[n];
                touched = new int[n];
                fragmentScores = new float[n];
                fragmentHits = new int[n];
                fragmentTouched = new int[n];
            }
        }
    }
}

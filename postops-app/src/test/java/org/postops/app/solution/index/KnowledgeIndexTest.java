package org.postops.app.solution.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The index's ranking, in memory, on entries whose right answer is plain. */
class KnowledgeIndexTest {

    private static KnowledgeIndex.Entry solution(long id, String summary, String error, String fix, double eff) {
        return new KnowledgeIndex.Entry(id, false, 0, 1, (float) eff, List.of(
                new KnowledgeIndex.Field(summary, 3, true), new KnowledgeIndex.Field(null, 1, false),
                new KnowledgeIndex.Field(error, 2, true), new KnowledgeIndex.Field(fix, 1, false)));
    }

    private static KnowledgeIndex facility() {
        KnowledgeIndex index = new KnowledgeIndex();
        index.put(solution(1, "Resolve crashes on render",
                "Exception 0xC0000005 in ResolveFX.dll at 0x00007FF6 while rendering", "Updated the NVIDIA driver", 0.3));
        index.put(solution(2, "Resolve slow on render", "GPU memory is full, render stopped", "Lowered the cache", 0.9));
        index.put(solution(3, "GPU memory full when rendering 4K HDR",
                "GPUMemoryFullException: the GPU ran out of memory", "Render in two halves", 0.4));
        index.put(solution(4, "Fusion will not start", "Failed to initialize CUDA: error 999 (unknown)",
                "Reinstalled CUDA 12.4", 0.5));
        index.put(solution(5, "Render farm node idle", "CUDA device busy", "Rebooted node", 0.95));
        index.put(solution(6, "DeckLink not detected after macOS update", "No DeckLink device found",
                "Reinstalled Desktop Video 12.9", 0.7));
        return index;
    }

    private static List<Long> ids(List<KnowledgeIndex.Hit> hits) {
        return hits.stream().map(KnowledgeIndex.Hit::id).toList();
    }

    @Test
    void aFragmentOfAnErrorMessageFindsItsSolutionFirst() {
        KnowledgeIndex index = facility();
        assertThat(ids(index.search("0xC0000005 in ResolveFX", -1, 5))).first().isEqualTo(1L);
        assertThat(ids(index.search("\"Failed to initialize CUDA\"", -1, 5))).first().isEqualTo(4L);
        assertThat(ids(index.search("CUDA", -1, 5))).contains(4L, 5L);
        assertThat(ids(index.search("GPUMemoryFull", -1, 5))).first().isEqualTo(3L);
        assertThat(ids(index.search("GPUMemoryFull", -1, 5))).contains(2L); // the weaker match, below
        assertThat(ids(index.search("C000000", -1, 5))).first().isEqualTo(1L);
        assertThat(ids(index.search("DeckLi", -1, 5))).containsExactly(6L);
        assertThat(ids(index.search("MemoryFul", -1, 5))).first().isEqualTo(3L);
    }

    @Test
    void aLongUnknownWordSharingATrigramOrTwoByChanceFindsNothing() {
        KnowledgeIndex index = facility();
        // "ion" and "ati" of "initialize", "ema" of "memory": chance, not a fragment of any word there
        assertThat(index.search("Kestrel Ridge bionematipl", -1, 5)).isEmpty();
        assertThat(index.search("bionematipl", -1, 5)).isEmpty();
        // a typo keeps most of a word's trigrams and still finds it
        assertThat(ids(index.search("initilaize CUDA", -1, 5))).first().isEqualTo(4L);
        assertThat(ids(index.search("GPUMemroyFullException", -1, 5))).first().isEqualTo(3L);
    }

    @Test
    void relevanceIsRelativeToTheBestAndRankBlendsEffectiveness() {
        List<KnowledgeIndex.Hit> hits = facility().search("GPUMemoryFull", -1, 5);
        assertThat(hits.get(0).relevance()).isEqualTo(1.0);
        assertThat(hits.get(0).rank()).isEqualTo(0.8 + 0.2 * hits.get(0).effectiveness(),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void replacingAnEntryChangesItsRankAndRemovingItHidesIt() {
        KnowledgeIndex index = facility();
        index.put(solution(5, "Render farm node idle", "CUDA device busy", "Rebooted node", 0.0));
        assertThat(index.size()).isEqualTo(6);
        index.remove(4, false);
        assertThat(ids(index.search("initialize CUDA", -1, 5))).doesNotContain(4L).contains(5L);
        assertThat(index.search("initialize", -1, 5)).isEmpty();
    }

    @Test
    void categoryAndLimitNarrowTheAnswer() {
        KnowledgeIndex index = facility();
        index.put(new KnowledgeIndex.Entry(7, true, 0, 4, 0.6f,
                List.of(new KnowledgeIndex.Field("Rendering with CUDA", 3, true))));
        assertThat(ids(index.search("cuda", 4, 5))).containsExactly(7L);
        assertThat(index.search("cuda", -1, 1)).hasSize(1);
        assertThat(index.search("   ", -1, 5)).isEmpty();
    }

    @Test
    void manyReplacementsSqueezeTheDeadSlotsAway() {
        KnowledgeIndex index = new KnowledgeIndex();
        for (int round = 0; round < 5; round++) {
            for (long id = 1; id <= 1000; id++) {
                index.put(solution(id, "Deck " + id + " tape jam", "Error E" + (id % 7), "Cleaned heads", round / 10.0));
            }
        }
        assertThat(index.size()).isEqualTo(1000);
        assertThat(ids(index.search("deck 42 tape", -1, 3))).first().isEqualTo(42L);
    }

    @Property(tries = 40)
    void rankingIsTheSameWhateverTheOrderEntriesArrived(@ForAll @Size(min = 2, max = 30) List<@IntRange(min = 0,
            max = 11) Integer> words, @ForAll long seed) {
        String[] vocabulary = {"render", "cuda", "deck", "decklink", "0xC0000005", "ResolveFX", "GPUMemoryFull",
                "timeout", "fibre", "nvidia", "driver", "failed"};
        List<KnowledgeIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String text = vocabulary[words.get(i)] + " " + vocabulary[(words.get(i) + i) % vocabulary.length];
            entries.add(solution(100 + i, text, text + " error", "fix " + i, (i % 3) / 3.0));
        }
        KnowledgeIndex forward = new KnowledgeIndex();
        entries.forEach(forward::put);
        List<KnowledgeIndex.Entry> shuffled = new ArrayList<>(entries);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        KnowledgeIndex other = new KnowledgeIndex();
        shuffled.forEach(other::put);
        for (String q : List.of("render cuda", "GPUMemory", "deck driver failed", "0xC0000005")) {
            assertThat(ids(other.search(q, -1, 10))).isEqualTo(ids(forward.search(q, -1, 10)));
            assertThat(ids(forward.search(q, -1, 10))).isEqualTo(ids(forward.search(q, -1, 10)));
        }
    }
}

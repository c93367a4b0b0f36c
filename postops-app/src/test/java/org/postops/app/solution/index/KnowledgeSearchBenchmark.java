package org.postops.app.solution.index;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Knowledge-base search over 100,000 resolved tickets (SyntheticSolutions, fixed seed): one search of the
 * in-memory index for the best 10, a different query each call. SampleTime mode, so JMH reports the distribution
 * (p50, p99, p99.9). Run by bench/knowledge-jmh.sh; not part of mvn test. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KnowledgeSearchBenchmark {

    @State(Scope.Benchmark)
    public static class Facility {
        @Param({"100000"})
        int solutions;
        KnowledgeIndex index;
        List<String> queries;
        int next;

        @Setup(Level.Trial)
        public void build() {
            index = new KnowledgeIndex();
            long start = System.nanoTime();
            SyntheticSolutions.entries(solutions, 20261121L).forEach(index::put);
            queries = SyntheticSolutions.queries(4096, 7L);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("%nindexed %,d solutions in %,d ms; heap in use after GC about %,d MB%n", index.size(),
                    (System.nanoTime() - start) / 1_000_000, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    @Benchmark
    public List<KnowledgeIndex.Hit> search(Facility state) {
        String q = state.queries.get(state.next++ & 4095);
        return state.index.search(q, -1, 10);
    }

    /** The new-ticket form's "similar past tickets": a longer text (summary and error) as the query. */
    @Benchmark
    public List<KnowledgeIndex.Hit> similar(Facility state) {
        int i = state.next++ & 4095;
        return state.index.search(state.queries.get(i) + " " + state.queries.get((i + 1) & 4095) + " "
                + state.queries.get((i + 2) & 4095), -1, 5);
    }
}

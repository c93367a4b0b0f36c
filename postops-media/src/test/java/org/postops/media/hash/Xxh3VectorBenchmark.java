package org.postops.media.hash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * XXH3-128 on the Vector API against hash4j's, one thread (decision 0029): 1 MiB from memory — the vector
 * digest from a direct buffer in place and from a heap array, hash4j from a heap array — and a 256 MiB
 * page-cached file through {@link FileHasher}: mapped and hashed on vectors as in a large job, or read,
 * copied and hashed by hash4j as in a small one.
 * bench/media-jmh.sh runs it with the vector module; throughput in operations per second (× size = B/s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Xxh3VectorBenchmark {

    private byte[] chunk;
    private ByteBuffer direct;
    private Path file;
    private FileHasher hasher;
    private FileHasher largeJob;

    @Setup(Level.Trial)
    public void setUp() throws IOException, FileProblem.Exception {
        chunk = new byte[1 << 20];
        new Random(1).nextBytes(chunk);
        direct = ByteBuffer.allocateDirect(chunk.length);
        direct.put(chunk).clear();
        file = Files.createTempFile("postops-bench-", ".bin");
        byte[] block = new byte[16 << 20];
        new Random(2).nextBytes(block);
        for (int i = 0; i < 16; i++) {
            Files.write(file, block, StandardOpenOption.APPEND);
        }
        hasher = new FileHasher();
        largeJob = new FileHasher(FileHasher.DEFAULT_BUFFER, true);
        hasher.hash(file, Set.of(HashFormat.XXH128), null); // into the page cache
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public byte[] memoryVectorDirect() {
        Digest.Vector d = new Digest.Vector(HashFormat.XXH128);
        d.update(direct, 0, chunk.length);
        return d.finish();
    }

    @Benchmark
    public byte[] memoryVectorHeap() {
        Digest d = new Digest.Vector(HashFormat.XXH128);
        d.update(chunk, 0, chunk.length);
        return d.finish();
    }

    @Benchmark
    public byte[] memoryHash4j() {
        Digest d = Digest.hash4j(HashFormat.XXH128);
        d.update(chunk, 0, chunk.length);
        return d.finish();
    }

    /** As in a job of 1 GiB or more: the file mapped and hashed in place on vectors. */
    @Benchmark
    public FileHashes fileVector() throws FileProblem.Exception {
        return largeJob.hash(file, Set.of(HashFormat.XXH128), null);
    }

    /** As before decision 0029 (and in small jobs): read, copy to the heap, hash4j. */
    @Benchmark
    public FileHashes fileHash4j() throws FileProblem.Exception {
        return hasher.hash(file, Set.of(HashFormat.XXH128), null);
    }
}

package org.postops.media.hash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * In-process hashing speed, one thread: each format on 1 MiB in memory (the digest alone), and a
 * 256 MiB file in the page cache through {@link FileHasher} (read + digest), alone and two formats in
 * one read. Run with bench/media-jmh.sh; figures in docs/benchmarks.md. Throughput is in operations per
 * second: multiply by the size for bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HashingBenchmark {

    @Param({"xxh128", "xxh3", "xxh64", "md5", "sha1", "c4"})
    public String format;

    private byte[] chunk;
    private Path file;
    private FileHasher hasher;
    private HashFormat f;

    @Setup(Level.Trial)
    public void setUp() throws IOException, FileProblem.Exception {
        f = HashFormat.byName(format).orElseThrow();
        chunk = new byte[1 << 20];
        new Random(1).nextBytes(chunk);
        file = Files.createTempFile("postops-bench-", ".bin");
        byte[] block = new byte[16 << 20];
        new Random(2).nextBytes(block);
        for (int i = 0; i < 16; i++) {
            Files.write(file, block, java.nio.file.StandardOpenOption.APPEND);
        }
        hasher = new FileHasher();
        hasher.hash(file, Set.of(f), null); // into the page cache
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** One MiB through the digest: the format's raw speed. */
    @Benchmark
    public byte[] digestOneMebibyte() {
        Digest d = f.newDigest();
        d.update(chunk, 0, chunk.length);
        return d.finish();
    }

    /** 256 MiB from the page cache: read plus digest. */
    @Benchmark
    public FileHashes fileOf256MebibytesAlone() throws FileProblem.Exception {
        return hasher.hash(file, Set.of(f), null);
    }

    /** 256 MiB from the page cache with this format and xxh128 from the same read. */
    @Benchmark
    public FileHashes fileOf256MebibytesWithXxh128() throws FileProblem.Exception {
        return hasher.hash(file, EnumSet.of(f, HashFormat.XXH128), null);
    }
}

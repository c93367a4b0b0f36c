package org.postops.media.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the vector module (a runtime started without {@code --add-modules jdk.incubator.vector}), or
 * with {@code -Dpostops.hash.vector=false}, XXH3 is hash4j's and the hashes are the same: a JVM is started
 * for it, since the tests' own JVM has the module (decision 0029).
 */
class VectorFallbackTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheVectorModuleHash4jHashesTheSame() throws Exception {
        Path file = file(9 << 20);
        String expected = Digest.of(HashFormat.XXH128, Files.readAllBytes(file));
        assertThat(child(file)).containsExactly("vector=false", "vectors=false", "xxh128=" + expected);
    }

    @Test
    void thePropertyTurnsTheVectorsOff() throws Exception {
        Path file = file(5_000);
        String expected = Digest.of(HashFormat.XXH128, Files.readAllBytes(file));
        assertThat(child(file, "--add-modules", "jdk.incubator.vector", "-D" + VectorSupport.PROPERTY + "=false"))
                .containsExactly("vector=false", "vectors=false", "xxh128=" + expected);
        assertThat(child(file, "--add-modules", "jdk.incubator.vector"))
                .containsExactly("vector=true", "vectors=true", "xxh128=" + expected);
    }

    @Test
    void fourLanesHashTheSameAndTwoAreNotEnough() throws Exception {
        Path file = file(9 << 20);
        String expected = Digest.of(HashFormat.XXH128, Files.readAllBytes(file));
        // 256-bit vectors (AVX2): each stripe is two vectors
        assertThat(child(file, List.of("--add-modules", "jdk.incubator.vector", "-XX:MaxVectorSize=32"),
                "all-lengths"))
                .containsExactly("vector=true", "vectors=true", "differ=0", "xxh128=" + expected);
        // 128-bit vectors: two longs a vector, hash4j is quicker
        assertThat(child(file, "--add-modules", "jdk.incubator.vector", "-XX:MaxVectorSize=16"))
                .containsExactly("vector=false", "vectors=false", "xxh128=" + expected);
    }

    private Path file(int size) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return Files.write(dir.resolve("clip-" + size + ".mov"), data);
    }

    private static List<String> child(Path file, String... options) throws Exception {
        return child(file, List.of(options));
    }

    /** The lines {@link Child} prints in a JVM started with {@code options}, given {@code args} after the file. */
    private static List<String> child(Path file, List<String> options, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName(), file.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    /** Runs in the child JVM. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            System.out.println("vector=" + VectorSupport.available());
            FileHasher hasher = new FileHasher(FileHasher.DEFAULT_BUFFER, true); // as for a large job
            System.out.println("vectors=" + hasher.vectors());
            if (args.length > 1) { // every length to 5,000 bytes against hash4j, in chunks of 100
                byte[] data = new byte[5_000];
                new Random(7).nextBytes(data);
                int differ = 0;
                for (int length = 0; length <= data.length; length++) {
                    for (HashFormat f : new HashFormat[] {HashFormat.XXH128, HashFormat.XXH3}) {
                        Digest d = new Digest.Vector(f);
                        for (int at = 0; at < length; at += 100) {
                            d.update(data, at, Math.min(100, length - at));
                        }
                        Digest reference = Digest.hash4j(f);
                        reference.update(data, 0, length);
                        differ += d.finishText().equals(reference.finishText()) ? 0 : 1;
                    }
                }
                System.out.println("differ=" + differ);
            }
            System.out.println("xxh128=" + hasher.hash(file, Set.of(HashFormat.XXH128), null)
                    .get(HashFormat.XXH128));
        }
    }
}

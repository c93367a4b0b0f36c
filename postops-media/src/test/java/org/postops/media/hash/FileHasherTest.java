package org.postops.media.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHasherTest {

    @TempDir
    Path dir;

    @Test
    void allFormatsFromOneReadEqualEachFormatAlone() throws Exception {
        byte[] data = SanityBuffer.bytes(5 * FileHasher.DEFAULT_BUFFER / 2 + 3);
        Path file = Files.write(dir.resolve("clip.mov"), data);
        List<Long> chunks = new ArrayList<>();
        FileHashes all = new FileHasher().hash(file, EnumSet.allOf(HashFormat.class), chunks::add);
        for (HashFormat f : HashFormat.values()) {
            assertThat(all.get(f)).as(f.xmlName()).isEqualTo(Digest.of(f, data));
        }
        assertThat(all.size()).isEqualTo(data.length);
        assertThat(chunks).hasSize(3); // one read: three chunks for two and a half buffers
        assertThat(chunks.stream().mapToLong(Long::longValue).sum()).isEqualTo(data.length);
        assertThat(all.lastModified()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
    }

    @Test
    void xxh3AloneIsHashedInPlaceReadOrMappedAndEqualsHash4j() throws Exception {
        FileHasher hasher = new FileHasher(FileHasher.DEFAULT_BUFFER, true);
        assertThat(hasher.vectors()).isTrue(); // the tests add the module
        for (int size : new int[] {0, 200, 3 * FileHasher.DEFAULT_BUFFER + 77, (int) FileHasher.MAP_FROM - 1,
                (int) FileHasher.MAP_FROM, 9 * FileHasher.DEFAULT_BUFFER + 5}) {
            byte[] data = new byte[size];
            new java.util.Random(size).nextBytes(data);
            Path file = Files.write(dir.resolve("clip-" + size + ".mov"), data);
            for (HashFormat f : EnumSet.of(HashFormat.XXH128, HashFormat.XXH3)) {
                List<Long> chunks = new ArrayList<>();
                FileHashes h = hasher.hash(file, Set.of(f), chunks::add);
                Digest reference = Digest.hash4j(f);
                reference.update(data, 0, data.length);
                assertThat(h.get(f)).as(f + " of " + size).isEqualTo(reference.finishText());
                assertThat(chunks.stream().mapToLong(Long::longValue).sum()).isEqualTo(size);
            }
        }
    }

    @Test
    void aMappedFileTruncatedWhileHashedIsReportedNotHashed() throws Exception {
        Path file = Files.write(dir.resolve("recording.mov"), new byte[(int) FileHasher.MAP_FROM * 2]);
        AtomicBoolean cut = new AtomicBoolean();
        assertThatThrownBy(() -> new FileHasher(FileHasher.DEFAULT_BUFFER, true).hash(file, Set.of(HashFormat.XXH128), n -> {
            if (cut.compareAndSet(false, true)) {
                try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(4096);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        })).isInstanceOfSatisfying(FileProblem.Exception.class,
                e -> assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.CHANGED_WHILE_HASHING));
    }

    @Test
    void aMappedFileThatGrowsWhileHashedIsReportedNotHashed() throws Exception {
        Path file = Files.write(dir.resolve("recording.mov"), new byte[(int) FileHasher.MAP_FROM * 2]);
        AtomicBoolean appended = new AtomicBoolean();
        assertThatThrownBy(() -> new FileHasher(FileHasher.DEFAULT_BUFFER, true).hash(file, Set.of(HashFormat.XXH128), n -> {
            if (appended.compareAndSet(false, true)) {
                append(file);
            }
        })).isInstanceOfSatisfying(FileProblem.Exception.class,
                e -> assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.CHANGED_WHILE_HASHING));
    }

    @Test
    void aFileThatGrowsWhileHashedIsReportedNotHashed() throws Exception {
        Path file = Files.write(dir.resolve("recording.mov"), new byte[3 * 4096 * 2]);
        AtomicBoolean appended = new AtomicBoolean();
        assertThatThrownBy(() -> new FileHasher(4096).hash(file, Set.of(HashFormat.XXH64), n -> {
            if (appended.compareAndSet(false, true)) {
                append(file);
            }
        })).isInstanceOfSatisfying(FileProblem.Exception.class, e -> {
            assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.CHANGED_WHILE_HASHING);
            assertThat(e.getMessage()).contains("recording.mov changed while it was hashed");
        });
    }

    @Test
    void aFileRewrittenInPlaceWhileHashedIsReported() throws Exception {
        Path file = Files.write(dir.resolve("clip.mov"), new byte[5 * 4096]);
        AtomicBoolean touched = new AtomicBoolean();
        assertThatThrownBy(() -> new FileHasher(4096).hash(file, Set.of(HashFormat.MD5), n -> {
            if (touched.compareAndSet(false, true)) {
                try { // same size, new modification time
                    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        })).isInstanceOfSatisfying(FileProblem.Exception.class,
                e -> assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.CHANGED_WHILE_HASHING));
    }

    @Test
    void missingUnreadableAndBrokenLinksAreNamedProblems() throws Exception {
        FileHasher hasher = new FileHasher();
        assertThatThrownBy(() -> hasher.hash(dir.resolve("gone.mov"), Set.of(HashFormat.MD5), null))
                .isInstanceOfSatisfying(FileProblem.Exception.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.VANISHED));
        Path link = Files.createSymbolicLink(dir.resolve("link.mov"), dir.resolve("nowhere.mov"));
        assertThatThrownBy(() -> hasher.hash(link, Set.of(HashFormat.MD5), null))
                .isInstanceOfSatisfying(FileProblem.Exception.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.BROKEN_LINK);
                    assertThat(e.getMessage()).contains("nowhere.mov");
                });
        assertThatThrownBy(() -> hasher.hash(dir, Set.of(HashFormat.MD5), null))
                .isInstanceOfSatisfying(FileProblem.Exception.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.NOT_A_FILE));
        Path locked = Files.write(dir.resolve("locked.mov"), new byte[10]);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) { // root reads anything
            assertThatThrownBy(() -> hasher.hash(locked, Set.of(HashFormat.MD5), null))
                    .isInstanceOfSatisfying(FileProblem.Exception.class, e -> {
                        assertThat(e.problem().kind()).isEqualTo(FileProblem.Kind.UNREADABLE);
                        assertThat(e.getMessage()).contains("permission denied");
                    });
        }
    }

    @Test
    void aPoolHashesEveryFileWithBoundedBuffersAndKeepsTheOrder() throws Exception {
        List<HashingPool.Job> jobs = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] data = SanityBuffer.bytes(i * 7919);
            contents.add(data);
            jobs.add(new HashingPool.Job(Files.write(dir.resolve("f" + i), data),
                    EnumSet.of(HashFormat.XXH128, HashFormat.MD5), data.length));
        }
        jobs.add(new HashingPool.Job(dir.resolve("missing"), Set.of(HashFormat.MD5), 0));
        HashingProgress progress = new HashingProgress();
        List<HashingPool.Outcome> out = new HashingPool(3, 8192).hashAll(jobs, progress);
        for (int i = 0; i < 40; i++) {
            assertThat(out.get(i).hashes().orElseThrow().get(HashFormat.XXH128))
                    .isEqualTo(Digest.of(HashFormat.XXH128, contents.get(i)));
            assertThat(out.get(i).hashes().orElseThrow().get(HashFormat.MD5))
                    .isEqualTo(Digest.of(HashFormat.MD5, contents.get(i)));
        }
        assertThat(out.get(40).problem().orElseThrow().kind()).isEqualTo(FileProblem.Kind.VANISHED);
        assertThat(progress.files()).isEqualTo(41);
        assertThat(progress.bytes()).isEqualTo(progress.totalBytes());
    }

    private static void append(Path file) {
        try {
            Files.write(file, new byte[100], StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

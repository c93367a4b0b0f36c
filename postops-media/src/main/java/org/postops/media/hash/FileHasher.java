package org.postops.media.hash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Hashes one file in several formats from a single read. Owns its buffers (one direct buffer the kernel
 * copies into, one heap array the digests read), so a hasher per thread bounds memory; not thread-safe.
 *
 * <p>The file's size and modification time are taken before the first byte and again after the last;
 * if either moved, or the number of bytes read differs from the size, the file changed while it was
 * hashed and no hash is returned. Media files are opened read-only and never written.
 */
public final class FileHasher {

    /** Default chunk: large enough that system calls cost nothing, small enough to stay in cache. */
    public static final int DEFAULT_BUFFER = 1 << 20;

    /**
     * Files from this size on are mapped when XXH3 is the only format and runs on vectors; smaller ones are
     * read (a mapping costs two system calls and lingers until collected).
     */
    static final long MAP_FROM = 4 << 20;
    private static final int MAP_WINDOW = 1 << 30;

    /**
     * Jobs from this many bytes on hash XXH3 on vectors when the runtime allows it: the vector loop's
     * warm-up (0.3–0.5 s of CPU per JVM) is repaid after one to three gigabytes.
     */
    public static final long VECTORS_FROM = 1L << 30;

    private final ByteBuffer direct;
    private final byte[] chunk;
    private final boolean vectors;

    public FileHasher() {
        this(DEFAULT_BUFFER);
    }

    public FileHasher(int bufferSize) {
        this(bufferSize, false);
    }

    /**
     * @param largeJob whether this hasher is one of a job of at least {@link #VECTORS_FROM} bytes: XXH3
     *                 alone then runs on vectors, in place, if the runtime has the vector module
     */
    public FileHasher(int bufferSize, boolean largeJob) {
        if (bufferSize < 4096) {
            throw new IllegalArgumentException("buffer must be at least 4 KiB");
        }
        this.direct = ByteBuffer.allocateDirect(bufferSize);
        this.chunk = new byte[bufferSize];
        this.vectors = largeJob && VectorSupport.available();
    }

    /** Whether XXH3 alone is hashed on vectors, in place (decision 0029). */
    public boolean vectors() {
        return vectors;
    }

    /** Bytes of memory one hasher holds. */
    public int memory() {
        return 2 * chunk.length;
    }

    /**
     * The hashes of {@code file} in every format of {@code formats}, from one read.
     *
     * @param progress told the number of bytes after each chunk (may be {@code null})
     */
    public FileHashes hash(Path file, Set<HashFormat> formats, LongConsumer progress) throws FileProblem.Exception {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no hash format");
        }
        BasicFileAttributes before = attributes(file);
        List<Digest> digests = new ArrayList<>(formats.size());
        // XXH3 alone, on vectors, reads the direct buffer or a mapping in place: no copy to the heap. With
        // other formats, every digest reads the same heap copy (one read of the file either way).
        Digest.Vector inPlace = null;
        if (vectors && formats.size() == 1
                && (formats.contains(HashFormat.XXH128) || formats.contains(HashFormat.XXH3))) {
            inPlace = new Digest.Vector(formats.iterator().next());
            digests.add(inPlace);
        } else {
            for (HashFormat f : formats) {
                digests.add(f.newDigest());
            }
        }
        long read = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean map = inPlace != null && before.size() >= MAP_FROM;
            if (map) {
                read = mapped(channel, before.size(), inPlace, progress);
            }
            while (!map) {
                direct.clear();
                int n = channel.read(direct);
                if (n < 0) {
                    break;
                }
                if (n == 0) {
                    continue;
                }
                if (inPlace != null) {
                    inPlace.update(direct, 0, n); // XXH3 alone on vectors: straight from the direct buffer
                } else {
                    direct.flip();
                    direct.get(chunk, 0, n);
                    for (int i = 0; i < digests.size(); i++) {
                        digests.get(i).update(chunk, 0, n);
                    }
                }
                read += n;
                if (progress != null) {
                    progress.accept(n);
                }
            }
        } catch (InternalError e) {
            // a mapped page vanished (SIGBUS): the file was truncated while it was hashed
            throw new FileProblem.Exception(FileProblem.Kind.CHANGED_WHILE_HASHING, file,
                    "it became shorter while it was read");
        } catch (NoSuchFileException e) {
            throw new FileProblem.Exception(FileProblem.Kind.VANISHED, file, null);
        } catch (AccessDeniedException e) {
            throw new FileProblem.Exception(FileProblem.Kind.UNREADABLE, file, "permission denied");
        } catch (FileSystemException e) {
            throw new FileProblem.Exception(FileProblem.Kind.UNREADABLE, file, e.getReason());
        } catch (IOException e) {
            throw new FileProblem.Exception(FileProblem.Kind.UNREADABLE, file, e.getMessage());
        }
        BasicFileAttributes after = attributes(file);
        if (read != before.size() || after.size() != before.size()
                || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
            throw new FileProblem.Exception(FileProblem.Kind.CHANGED_WHILE_HASHING, file,
                    "size " + before.size() + " → " + after.size() + " bytes (" + read + " read), modified "
                            + before.lastModifiedTime() + " → " + after.lastModifiedTime());
        }
        Map<HashFormat, String> values = new EnumMap<>(HashFormat.class);
        for (Digest d : digests) {
            values.put(d.format(), d.finishText());
        }
        return new FileHashes(values, before.size(), before.lastModifiedTime().toInstant());
    }

    /**
     * Hashes the first {@code size} bytes of the file from memory-mapped windows of up to 1 GiB: nothing
     * is copied, neither by the kernel into a buffer nor into the heap (decision 0029). A mapping is
     * released when it is collected; should mappings run short, the JDK collects and maps again.
     */
    private static long mapped(FileChannel channel, long size, Digest.Vector digest, LongConsumer progress)
            throws IOException {
        for (long at = 0; at < size; at += MAP_WINDOW) {
            int window = (int) Math.min(MAP_WINDOW, size - at);
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, at, window);
            for (int i = 0; i < window; i += DEFAULT_BUFFER) {
                int n = Math.min(DEFAULT_BUFFER, window - i);
                digest.update(map, i, n);
                if (progress != null) {
                    progress.accept(n);
                }
            }
        }
        return size;
    }

    /** The attributes of a file to hash, following a link; a problem if it is not a readable file. */
    static BasicFileAttributes attributes(Path file) throws FileProblem.Exception {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new FileProblem.Exception(FileProblem.Kind.NOT_A_FILE, file,
                        a.isDirectory() ? "it is a directory" : null);
            }
            return a;
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new FileProblem.Exception(FileProblem.Kind.BROKEN_LINK, file, target(file));
            }
            throw new FileProblem.Exception(FileProblem.Kind.VANISHED, file, null);
        } catch (AccessDeniedException e) {
            throw new FileProblem.Exception(FileProblem.Kind.UNREADABLE, file, "permission denied");
        } catch (IOException e) {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                throw new FileProblem.Exception(FileProblem.Kind.BROKEN_LINK, file, target(file));
            }
            throw new FileProblem.Exception(FileProblem.Kind.UNREADABLE, file, e.getMessage());
        }
    }

    private static String target(Path link) {
        try {
            return "points to " + Files.readSymbolicLink(link) + ", which does not exist";
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}

package org.postops.media.hash;

import java.io.IOException;
import java.nio.ByteBuffer;
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

    private final ByteBuffer direct;
    private final byte[] chunk;

    public FileHasher() {
        this(DEFAULT_BUFFER);
    }

    public FileHasher(int bufferSize) {
        if (bufferSize < 4096) {
            throw new IllegalArgumentException("buffer must be at least 4 KiB");
        }
        this.direct = ByteBuffer.allocateDirect(bufferSize);
        this.chunk = new byte[bufferSize];
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
        for (HashFormat f : formats) {
            digests.add(f.newDigest());
        }
        long read = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                direct.clear();
                int n = channel.read(direct);
                if (n < 0) {
                    break;
                }
                if (n == 0) {
                    continue;
                }
                direct.flip();
                direct.get(chunk, 0, n);
                for (int i = 0; i < digests.size(); i++) {
                    digests.get(i).update(chunk, 0, n);
                }
                read += n;
                if (progress != null) {
                    progress.accept(n);
                }
            }
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

package org.postops.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.postops.app.web.BodyLimit;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;

/**
 * A snapshot's request body, read before any transaction starts (so a huge body holds no database connection)
 * and refused past {@link #MAX_BYTES}.
 */
public final class SnapshotBody {

    /** A snapshot of a real machine is a few kilobytes; a megabyte leaves room for big plugin lists. */
    public static final int MAX_BYTES = (int) BodyLimit.MAX_JSON_BYTES;
    /** Past this, an oversized body is not read to its end: the connection is closed instead. */
    private static final long DRAIN_LIMIT = 128L * 1024 * 1024;

    private SnapshotBody() {
    }

    /**
     * The body, at most {@link #MAX_BYTES}; 413 when it is longer. An oversized body is read on to its end (up to
     * a limit) and dropped, so the client, still sending, hears the refusal instead of a reset connection.
     */
    public static byte[] read(InputStream in, long declaredLength) {
        if (declaredLength > DRAIN_LIMIT) {
            throw tooLarge();
        }
        try {
            byte[] head = in.readNBytes(MAX_BYTES + 1);
            if (head.length > MAX_BYTES) {
                long drained = 0;
                byte[] sink = new byte[64 * 1024];
                for (int n; drained < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
                    drained += n;
                }
                throw tooLarge();
            }
            return head;
        } catch (IOException e) {
            throw Problem.badField("body", "could not be read: " + e.getMessage());
        }
    }

    private static Problem tooLarge() {
        return new Problem(HttpStatus.CONTENT_TOO_LARGE, "the snapshot is larger than " + MAX_BYTES / 1024
                + " KiB; nothing was saved", List.of(new Problem.FieldError("body", "is larger than 1 MiB")));
    }

}

package org.postops.app.job;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of background work as people see it: what it works on, where it stands, how far it got and, while it
 * runs, how fast it goes (bytes a second) and how long it still needs (seconds, from that speed).
 */
public record JobRun(long id, String kind, Long productionId, String subjectType, long subjectId, String title,
        JobStatus status, long filesDone, long filesTotal, long bytesDone, long bytesTotal, String message,
        long createdById, String createdBy, String createdByUsername, Instant createdAt, Instant startedAt,
        Instant finishedAt, int version, int percent, long bytesPerSecond, Long etaSeconds) {

    public Optional<Long> production() {
        return Optional.ofNullable(productionId);
    }

    public boolean finished() {
        return status.finished();
    }

    /** Progress and speed as of {@code now}: running runs by elapsed time, finished ones over their whole run. */
    static JobRun of(long id, String kind, Long productionId, String subjectType, long subjectId, String title,
            JobStatus status, long filesDone, long filesTotal, long bytesDone, long bytesTotal, String message,
            long createdById, String createdBy, String createdByUsername, Instant createdAt, Instant startedAt,
            Instant finishedAt, int version, Instant now) {
        int percent;
        if (status == JobStatus.SUCCEEDED) {
            percent = 100;
        } else if (bytesTotal > 0) {
            percent = (int) Math.min(100, bytesDone * 100 / bytesTotal);
        } else if (filesTotal > 0) {
            percent = (int) Math.min(100, filesDone * 100 / filesTotal);
        } else {
            percent = 0;
        }
        long bytesPerSecond = 0;
        Long eta = null;
        if (startedAt != null) {
            Instant end = finishedAt != null ? finishedAt : now;
            long millis = Math.max(1, end.toEpochMilli() - startedAt.toEpochMilli());
            bytesPerSecond = bytesDone * 1000 / millis;
            if (status == JobStatus.RUNNING && bytesPerSecond > 0 && bytesTotal >= bytesDone) {
                eta = (bytesTotal - bytesDone) / bytesPerSecond;
            }
        }
        return new JobRun(id, kind, productionId, subjectType, subjectId, title, status, filesDone, filesTotal,
                bytesDone, bytesTotal, message, createdById, createdBy, createdByUsername, createdAt, startedAt,
                finishedAt, version,
                percent, bytesPerSecond, eta);
    }
}

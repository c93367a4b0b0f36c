package org.postops.app.job;

/**
 * What a running piece of work reports. Cheap to call as often as a file or buffer completes: the run row is
 * written at most a few times a second. Throws {@link JobCancelled} once someone cancelled the run, so work
 * that reports progress stops at its next report.
 */
@FunctionalInterface
public interface JobProgress {

    void report(long filesDone, long filesTotal, long bytesDone, long bytesTotal);
}

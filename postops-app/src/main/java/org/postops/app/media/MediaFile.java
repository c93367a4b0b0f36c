package org.postops.app.media;

/** One file's result in a folder's latest run: its hash in one format and its verdict. */
public record MediaFile(String path, Long size, String format, String hash, String status, String detail) {
}

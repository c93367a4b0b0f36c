package org.postops.app.media.volume;

/** What sort of storage a volume is. */
public enum VolumeKind {
    SAN_SHARE, NEARLINE, LTO_TAPE, SHUTTLE_DRIVE, CLOUD_BUCKET_MOUNT, OTHER
}

/**
 * Technical metadata of a media file — container, video, audio, timecode and data tracks — read by FFmpeg's
 * ffprobe, bundled with PostOps (org.bytedeco:ffmpeg) or chosen with POSTOPS_FFMPEG_DIR.
 */
package org.postops.media.probe;

/**
 * Media library: timecode, hashing, ASC MHL, probing and delivery QC. Plain Java, no Spring, no SQL;
 * the server and the command line adapt it. Filled by the media-integrity and QC issues.
 */
package org.postops.media;

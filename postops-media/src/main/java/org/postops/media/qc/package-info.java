/**
 * Delivery QC: declarative delivery profiles (YAML), one ffmpeg pass that measures loudness, levels, black,
 * freeze, silence, clipping and interlace at once, and a verdict per rule with events on the file's own timecode.
 */
package org.postops.media.qc;

package org.postops.app.delivery;

import java.math.BigDecimal;

/**
 * What people look for first in a file's technical metadata, read by the probe when it was registered: the
 * container, duration, frame size and rate, scan, start timecode and audio layout (null when the file has none).
 */
public record AssetFacts(String container, BigDecimal durationSeconds, Integer frameWidth, Integer frameHeight,
        String frameRate, String scan, String startTimecode, String audioLayout) {
}

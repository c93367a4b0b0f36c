/**
 * SMPTE ST 12-1 timecode: frame rates, drop-frame and non-drop labels, frames ↔ timecode ↔ seconds with exact
 * rational arithmetic for the 1000/1001 rates, arithmetic on the 24-hour clock and ranges. No I/O.
 */
package org.postops.media.timecode;

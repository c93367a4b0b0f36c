/**
 * Storage volumes: the facility's places media lives (SAN, nearline, LTO, shuttle drives, cloud mounts), with the
 * media type and site that 3-2-1 counts. Set up by administrators and support; media folders sit on them.
 */
package org.postops.app.media.volume;

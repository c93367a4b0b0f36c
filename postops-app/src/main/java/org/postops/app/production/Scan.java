package org.postops.app.production;

/** How the picture is scanned. */
public enum Scan {
    PROGRESSIVE, INTERLACED, PSF
}

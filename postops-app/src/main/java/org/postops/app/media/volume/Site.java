package org.postops.app.media.volume;

/** Where a volume is kept; 3-2-1 wants at least one copy off site. */
public enum Site {
    ON_SITE, OFF_SITE
}

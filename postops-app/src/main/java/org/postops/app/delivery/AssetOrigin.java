package org.postops.app.delivery;

/** Where an asset's file is: on a registered volume, or uploaded into the server's data directory. */
public enum AssetOrigin {
    VOLUME, UPLOAD
}

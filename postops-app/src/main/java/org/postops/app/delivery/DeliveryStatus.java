package org.postops.app.delivery;

/**
 * A deliverable of the production's spec as delivery sees it: its profile (and whether PostOps knows it), how many
 * assets are attached, and the latest QC verdict against it of an asset still attached (null: none yet).
 */
public record DeliveryStatus(long deliverableId, String name, String format, String deliveryProfileId,
        boolean profileKnown, int assets, QcRun latestRun) {
}

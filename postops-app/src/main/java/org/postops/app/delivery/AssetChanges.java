package org.postops.app.delivery;

/** What may change on an asset (merge patch): its label and the deliverable it is attached to (null: none). */
public record AssetChanges(String label, Long deliverableId) {
}

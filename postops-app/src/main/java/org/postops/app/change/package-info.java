/**
 * Change requests: what a client or the team asks for ("a recut of scene 12 and three more VFX shots"), the
 * changes a supervisor proposes to meet it, their impact on the delivery date, milestones, money and people
 * worked out before anyone agrees, and the decision, applied in one transaction, with its history.
 */
package org.postops.app.change;

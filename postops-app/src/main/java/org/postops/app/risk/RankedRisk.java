package org.postops.app.risk;

/** A subject with the combined impact of its kit being down, as the viewer may see it; {@code score} ranks it. */
public record RankedRisk(RiskSubject subject, KitImpact impact, long score) {
}

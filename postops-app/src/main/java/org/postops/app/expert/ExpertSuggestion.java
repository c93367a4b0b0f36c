package org.postops.app.expert;

import java.util.List;

/** One expert suggested for a ticket, with the score that placed them and the reasons, in words. */
public record ExpertSuggestion(long expertId, String name, ExpertKind kind, Long userId, double score,
        boolean availableNow, List<String> reasons) {

    public ExpertSuggestion {
        reasons = List.copyOf(reasons);
    }
}

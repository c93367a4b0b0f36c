package org.postops.app.ticket.insight;

import java.util.List;
import org.postops.app.expert.ExpertKind;
import org.postops.app.expert.TrackRecord;

/**
 * An expert suggested for a ticket, best first: the ranking's score and reasons in words, the track record and
 * open load it was given, and for a member of staff their username (the one-click assignment assigns them too).
 */
public record SuggestedExpert(long expertId, String name, ExpertKind kind, Long userId, String username,
        double score, boolean availableNow, List<String> reasons, TrackRecord trackRecord, int openTickets) {

    public SuggestedExpert {
        reasons = List.copyOf(reasons);
    }
}

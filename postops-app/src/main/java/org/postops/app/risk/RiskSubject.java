package org.postops.app.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * Something to rank by the impact of its kit being down: an open ticket, say ({@code kind} "ticket", its id and
 * title), with the kit it names, from when and for how many working days (1 to 60) the kit is expected to stay down.
 */
public record RiskSubject(String kind, long id, List<Long> kitIds, LocalDate downFrom, int daysDown, String title) {

    public RiskSubject {
        kitIds = kitIds == null ? List.of() : List.copyOf(kitIds);
    }
}

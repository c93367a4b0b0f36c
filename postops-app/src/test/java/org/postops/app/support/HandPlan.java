package org.postops.app.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.support.Facility.Account;
import tools.jackson.databind.JsonNode;

/**
 * A small plan whose schedule is worked out by hand, made through the API. The production starts on Monday
 * 4 January 2027 (London, UTC+0 in winter; Friday 1 January is a bank holiday), working 09:00–13:00 and
 * 14:00–18:00:
 *
 * <pre>
 * task                 work  waits for           early start    early finish   total float
 * A edit               16 h  -                   Mon 09:00      Tue 18:00      0
 * B conform             8 h  A                   Wed 09:00      Wed 18:00      0
 * C VFX                 4 h  A                   Wed 09:00      Wed 13:00      4 h
 * D grade               8 h  B, C                Thu 09:00      Thu 18:00      0
 * E mix                12 h  A start + 8 h lag   Tue 09:00      Wed 13:00     12 h (late start Wed 14:00)
 * M delivery            0    D, E (target Thu 7) Thu 18:00      Thu 18:00      0
 * </pre>
 */
public record HandPlan(Account supervisor, long production, Map<String, Long> ids) {

    public static HandPlan make(Facility facility) {
        Account sup = facility.staff();
        long production = facility.production(sup, Map.of("startDate", "2027-01-04")).get("id").asLong();
        Map<String, Long> ids = new HashMap<>();
        ids.put("A", task(facility, sup, production, "A edit", 16, List.of()));
        ids.put("B", task(facility, sup, production, "B conform", 8, List.of(ids.get("A"))));
        ids.put("C", task(facility, sup, production, "C VFX", 4, List.of(ids.get("A"))));
        ids.put("D", task(facility, sup, production, "D grade", 8, List.of(ids.get("B"), ids.get("C"))));
        ids.put("E", task(facility, sup, production, "E mix", 12,
                List.of(Map.of("taskId", ids.get("A"), "type", "start_to_start", "lagHours", 8))));
        JsonNode m = facility.task(sup, production, Map.of("title", "M delivery", "milestone", true,
                "dueDate", "2027-01-07", "dependsOn", List.of(ids.get("D"), Map.of("taskId", ids.get("E")))));
        ids.put("M", m.get("id").asLong());
        return new HandPlan(sup, production, ids);
    }

    public long id(String letter) {
        return ids.get(letter);
    }

    private static long task(Facility facility, Account sup, long production, String title, double hours,
            List<?> dependsOn) {
        return facility.task(sup, production, Map.of("title", title, "estimateHours", hours, "dependsOn", dependsOn))
                .get("id").asLong();
    }
}

package org.postops.app.load;

import java.time.LocalDate;
import java.util.List;

/**
 * People's load over a window of days, as {@code GET /api/v1/load} and its kin give it: one page of people
 * (items, page, size, total, as every list), each with every day of the window. Days are the facility's
 * calendar days ({@code zone}); hours are numbers to the hundredth with "7 h 30 min" beside them.
 *
 * @param productionId the production whose team this is, for {@code /productions/{id}/load}; null otherwise
 */
public record LoadReport(LocalDate from, LocalDate to, String zone, Long productionId, List<PersonLoad> items,
        int page, int size, long total) {

    public LoadReport {
        items = List.copyOf(items);
    }

    /** One person's load: totals over the window, the days they are over capacity, and every day. */
    public record PersonLoad(long userId, String username, String displayName, double capacityHours,
            String capacity, double loadHours, String load, double overHours, String over,
            List<LocalDate> overAllocatedDays, List<DayLoad> days) {
    }

    /**
     * One day of one person: capacity (zero on weekends, bank holidays and their days off), planned load, and
     * the excess when the load is over capacity.
     *
     * @param dayOff why the person is off that day (holiday, training, other), or null
     * @param bankHoliday the bank holiday's name, or null
     * @param productions the load by production: named where the viewer may see the production, one
     *        anonymous "busy" entry for the rest
     */
    public record DayLoad(LocalDate date, boolean workingDay, DayOffKind dayOff, String bankHoliday,
            double capacityHours, String capacity, double loadHours, String load, double overHours, String over,
            boolean overAllocated, List<ProductionHours> productions) {
    }

    /**
     * Hours on one production, or anonymous busy time: {@code production} is null and {@code label} "busy"
     * for everything the viewer may not see, merged, with no id, name, task or count.
     */
    public record ProductionHours(ProductionRef production, String label, double hours, String time) {
    }

    /** A production the viewer may see. */
    public record ProductionRef(long id, String name) {
    }
}

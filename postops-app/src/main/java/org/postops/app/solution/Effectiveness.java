package org.postops.app.solution;

import org.postops.app.web.Formats;

/**
 * How well a solution has worked, measured after the fact (decision 0024):
 *
 * <pre>
 *   rating     = (PRIOR_WEIGHT × PRIOR_RATING + sum of stars) / (PRIOR_WEIGHT + ratings)   Bayesian average, 1..5
 *   base       = (rating − 1) / 4                                                          0..1
 *   recurrence = 0.5 ^ recurrences                                                          each one halves it
 *   restore    = 1 − 0.2 × min(restore time, 1 week) / 1 week                              at most a fifth off
 *   score      = base × recurrence × restore                                                0..1
 * </pre>
 *
 * An unrated solution restored at once scores 0.625; five stars lift it to 0.75, one star drops it to 0.25; a
 * single recurrence halves whatever it had. A recurrence can never raise a score, a better rating never lowers it.
 *
 * @param score the combined figure, 0..1, rounded to three places
 * @param recurrences new or reopened tickets on the same kit and category within 30 days of the restore
 * @param restoreMinutes time from the ticket being raised to service being restored
 * @param restore the same, worded ("3 h 20 min")
 * @param medianRestoreHours the restore time in hours (for one solution, its own; for a group, the median)
 * @param rating the requester's stars (1..5), null when not rated
 */
public record Effectiveness(double score, int recurrences, long restoreMinutes, String restore,
        double medianRestoreHours, Integer rating) {

    static final double PRIOR_RATING = 3.5;
    static final double PRIOR_WEIGHT = 2;
    static final double RECURRENCE_FACTOR = 0.5;
    static final double SLOW_RESTORE_PENALTY = 0.2;
    static final long SLOW_RESTORE_MINUTES = 7 * 24 * 60;

    static Effectiveness of(int recurrences, long restoreMinutes, Integer rating) {
        return new Effectiveness(round(score(recurrences, restoreMinutes, rating == null ? 0 : 1,
                rating == null ? 0 : rating)), recurrences, restoreMinutes, Formats.workTime(restoreMinutes),
                Math.round(restoreMinutes / 60.0 * 100) / 100.0, rating);
    }

    /** The formula above, unrounded, for {@code ratings} ratings whose stars add up to {@code stars}. */
    static double score(int recurrences, long restoreMinutes, int ratings, int stars) {
        double rating = (PRIOR_WEIGHT * PRIOR_RATING + stars) / (PRIOR_WEIGHT + ratings);
        double base = (rating - 1) / 4;
        double recurrence = Math.pow(RECURRENCE_FACTOR, Math.max(0, recurrences));
        double restore = 1 - SLOW_RESTORE_PENALTY * Math.min(Math.max(restoreMinutes, 0), SLOW_RESTORE_MINUTES)
                / (double) SLOW_RESTORE_MINUTES;
        return base * recurrence * restore;
    }

    /** What an entry with nothing measured yet scores: an article with no linked solutions. */
    static double neutral() {
        return score(0, 0, 0, 0);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;

/**
 * Figures kept in memory that are counted ahead, so that no reader waits for a count of the whole province: after a
 * start, in the background once the live figures are recounted, and just after midnight for the new day
 * ({@link LiveCountsSchedule}, the one schedule for both). A bean implementing this is called with today's date; it
 * counts what it keeps for that date unless it holds it already.
 */
public interface CountAhead {

    void countAhead(LocalDate today);

    /**
     * At a start, before the count ahead: from now until {@link #countAhead} returns, a read that would count the
     * province answers with the counts stored by the last count ahead ({@link StoredCounts}), marked provisional.
     */
    default void countComing() {
    }
}

package vn.tayninh.dashboard.explanation;

import org.jspecify.annotations.Nullable;

/**
 * Which requests for explanation to list; a null member means all.
 *
 * @param overdue true: only overdue requests; false: only those not overdue
 */
public record ExplanationFilter(@Nullable Long communeId, @Nullable ExplanationState state,
                                @Nullable String targetCode, @Nullable Boolean overdue) {

    public static final ExplanationFilter ALL = new ExplanationFilter(null, null, null, null);

    public static ExplanationFilter commune(long communeId) {
        return new ExplanationFilter(communeId, null, null, null);
    }
}

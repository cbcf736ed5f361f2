package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;

/**
 * The active roster of an as-of date seen at a later date {@code at}, as the projection to 2030 needs it
 * (docs/forecast.md): either the cadres who stay past {@code at} or those who leave by then, ages read at {@code at}
 * or left at the as-of date, and training in progress that ends by {@code at} applied or not. Who leaves is given as
 * the latest birth date, per gender, of a cadre who retires by {@code at}; a record without gender or birth date never
 * leaves; null cut-offs mean that no one leaves. Every target is then counted by its usual definition on that roster.
 *
 * @param leaving           the cadres leaving by {@code at} instead of those staying
 * @param aged              young read at {@code at} rather than at the as-of date
 * @param trained           courses ending on or before {@code at} give their level
 * @param plan              with {@code trained}: the training plan version whose participants are trained as well
 *                          (null: the natural projection, which leaves out what an adopted plan wrote on the records)
 */
public record RosterProjection(LocalDate at, LocalDate menLeaveIfBornBy, LocalDate womenLeaveIfBornBy,
                               boolean leaving, boolean aged, boolean trained, Long plan) {

    public RosterProjection(LocalDate at, LocalDate menLeaveIfBornBy, LocalDate womenLeaveIfBornBy, boolean leaving,
                            boolean aged, boolean trained) {
        this(at, menLeaveIfBornBy, womenLeaveIfBornBy, leaving, aged, trained, null);
    }

    /** This projection without a training plan: the natural one. */
    public RosterProjection withoutPlan() {
        return new RosterProjection(at, menLeaveIfBornBy, womenLeaveIfBornBy, leaving, aged, trained, null);
    }

    /** This projection with the participants of a training plan version trained too. */
    public RosterProjection withPlan(long planId) {
        return new RosterProjection(at, menLeaveIfBornBy, womenLeaveIfBornBy, leaving, aged, trained, planId);
    }

    /** The roster as it is at the as-of date {@code asOf}: no one leaves, no one ages, no course ends. */
    public static RosterProjection current(LocalDate asOf) {
        return new RosterProjection(asOf, null, null, false, false, false);
    }

    /** The cadres who stay, aged and trained to {@code at}: the projected roster. */
    public static RosterProjection projected(LocalDate at, LocalDate menBornBy, LocalDate womenBornBy) {
        return new RosterProjection(at, menBornBy, womenBornBy, false, true, true);
    }

    /** The cadres who stay, aged to {@code at} but without the training in progress. */
    public static RosterProjection untrained(LocalDate at, LocalDate menBornBy, LocalDate womenBornBy) {
        return new RosterProjection(at, menBornBy, womenBornBy, false, true, false);
    }

    /** The cadres who leave by {@code at}, as they are at the as-of date. */
    public static RosterProjection leavers(LocalDate at, LocalDate menBornBy, LocalDate womenBornBy) {
        return new RosterProjection(at, menBornBy, womenBornBy, true, false, false);
    }
}

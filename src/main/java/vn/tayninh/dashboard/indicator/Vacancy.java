package vn.tayninh.dashboard.indicator;

import vn.tayninh.dashboard.position.Position;

/** Approved and filled seats of one position; vacant = approved − filled (never below zero). */
public record Vacancy(Position position, int approved, int filled) {

    public int vacant() {
        return Math.max(0, approved - filled);
    }
}

package vn.tayninh.dashboard.position;

import java.time.LocalDate;

/**
 * Who holds a seat is the cadres' business: this port lets the seat service count the holders of a title without
 * depending on the cadre package (which implements it and depends on this one).
 */
public interface SeatHolders {

    /** How many cadres of the commune hold the position on the day. */
    int held(long communeId, Position position, LocalDate day);
}

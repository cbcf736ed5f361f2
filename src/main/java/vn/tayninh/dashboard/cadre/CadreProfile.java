package vn.tayninh.dashboard.cadre;

import java.util.List;
import java.util.SortedMap;

/** Everything recorded about one cadre: the record, every title and seat held (past and present), the ratings by year. */
public record CadreProfile(Cadre cadre, List<PositionHolding> holdings, SortedMap<Integer, Rating> ratings) {
}

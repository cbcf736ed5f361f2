package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatHolders;

/** The holders of a title counted from the cadres' titles and seats held, as an appointment counts them. */
@Component
class CadreSeatHolders implements SeatHolders {

    private final PositionHoldingRepository holdings;

    CadreSeatHolders(PositionHoldingRepository holdings) {
        this.holdings = holdings;
    }

    @Override
    public int held(long communeId, Position position, LocalDate day) {
        return (int) holdings.findActiveInCommune(communeId, day).stream()
                .filter(h -> h.getPosition() == position).count();
    }
}

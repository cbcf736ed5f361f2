package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CadreService {

    private final CadreRepository cadres;

    CadreService(CadreRepository cadres) {
        this.cadres = cadres;
    }

    /** Number of active cadres per commune id at {@code date}, counted in the database. */
    public Map<Long, Long> countActiveByCommune(LocalDate date) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : cadres.countActiveByCommune(date)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}

package vn.tayninh.dashboard.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;

/**
 * Writes the cadres active at a date as a roster file in the import format, so that an export imported again
 * with {@link ImportMode#REPLACE} restores the same roster. The board, leaders and the administrator may read any
 * commune's and the province's; a commune editor only their own commune's, as every other export.
 */
@Service
public class RosterExporter {

    private static final Comparator<Commune> BY_ADMIN_CODE = Comparator.comparing(Commune::getAdminCode);

    private final CadreService cadres;
    private final CommuneService communes;
    private final AuthenticatedUser authenticatedUser;

    RosterExporter(CadreService cadres, CommuneService communes, AuthenticatedUser authenticatedUser) {
        this.cadres = cadres;
        this.communes = communes;
        this.authenticatedUser = authenticatedUser;
    }

    /**
     * Fails unless the signed-in user may download the roster of the commune, or of the province when
     * {@code commune} is null: a commune editor is refused the province and every other commune.
     */
    public void authorize(Commune commune) {
        CurrentUser user = authenticatedUser.require();
        if (user.role() == Role.COMMUNE_EDITOR
                && (commune == null || !Objects.equals(commune.getId(), user.communeId()))) {
            throw new AccessRefusedException("access.denied.roster-export");
        }
    }

    /** The province's roster, commune by commune in the order of their administrative codes. */
    public void exportProvince(LocalDate date, OutputStream out) throws IOException {
        authorize(null);
        export(communes.findAll().stream().sorted(BY_ADMIN_CODE).toList(), null, date, out);
    }

    public void exportCommune(Commune commune, LocalDate date, OutputStream out) throws IOException {
        authorize(commune);
        export(List.of(commune), commune.getId(), date, out);
    }

    // One commune's cadres in memory at a time; the rows go out as each commune is read.
    private void export(List<Commune> scope, Long communeId, LocalDate date, OutputStream out) throws IOException {
        var writer = new RosterCsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                cadres.findRatingYears(communeId, date));
        for (Commune commune : scope) {
            for (CadreRecord record : cadres.findActiveRecords(commune.getId(), date)) {
                writer.write(record);
            }
            writer.flush();
        }
    }
}

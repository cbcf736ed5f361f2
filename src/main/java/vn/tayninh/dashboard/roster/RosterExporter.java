package vn.tayninh.dashboard.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import org.springframework.stereotype.Service;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.planning.PlanningFromFile;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;

/**
 * Writes the cadres active at a date as a roster file, CSV or XLSX, in the form people read (Vietnamese headers and
 * labels, dd/MM/yyyy) or in the code form; either imports again, so that an export imported with
 * {@link ImportMode#REPLACE} restores the same roster. The board, leaders and the administrator may read any
 * commune's and the province's; a commune editor only their own commune's, as every other export.
 */
@Service
public class RosterExporter {

    private static final Comparator<Commune> BY_ADMIN_CODE = Comparator.comparing(Commune::getAdminCode);

    private final CadreService cadres;
    private final CommuneService communes;
    private final AuthenticatedUser authenticatedUser;
    private final PlanningFromFile planning;

    RosterExporter(CadreService cadres, CommuneService communes, AuthenticatedUser authenticatedUser,
                   PlanningFromFile planning) {
        this.planning = planning;
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

    /** The file types of the roster, each in either form. */
    public enum FileType {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        FileType(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** The province's roster as CSV in the code form, commune by commune in the order of their administrative codes. */
    public void exportProvince(LocalDate date, OutputStream out) throws IOException {
        exportProvince(date, FileType.CSV, true, out);
    }

    /**
     * The province's roster, commune by commune in the order of their administrative codes.
     *
     * @param codes the code form ({@code birth_date}, {@code DAI_HOC}, ISO dates) instead of the one people read
     */
    public void exportProvince(LocalDate date, FileType type, boolean codes, OutputStream out) throws IOException {
        authorize(null);
        export(communes.findAll().stream().sorted(BY_ADMIN_CODE).toList(), null, date, type, codes, out);
    }

    /** A commune's roster as CSV in the code form. */
    public void exportCommune(Commune commune, LocalDate date, OutputStream out) throws IOException {
        exportCommune(commune, date, FileType.CSV, true, out);
    }

    /** A commune's roster; without cadres, a template: the header row alone. */
    public void exportCommune(Commune commune, LocalDate date, FileType type, boolean codes, OutputStream out)
            throws IOException {
        authorize(commune);
        export(List.of(commune), commune.getId(), date, type, codes, out);
    }

    // One commune's cadres in memory at a time; the rows go out as each commune is read.
    private void export(List<Commune> scope, Long communeId, LocalDate date, FileType type, boolean codes,
                        OutputStream out) throws IOException {
        RosterFormat.Form form = codes ? RosterFormat.Form.CODES : RosterFormat.Form.LABELS;
        SortedSet<Integer> years = cadres.findRatingYears(communeId, date);
        RosterWriter writer = type == FileType.XLSX ? new RosterXlsxWriter(out, form, years)
                : new RosterCsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), form, years);
        for (Commune commune : scope) {
            Map<Long, List<PlanningFromFile.Planned>> planned = planning.approved(commune.getId(), date);
            for (CadreRecord record : cadres.findActiveRecords(commune.getId(), date)) {
                writer.write(record.withPlanned(planned.getOrDefault(record.cadre().getId(), List.of()).stream()
                        .map(PlanningFromFile.Planned::code).toList()));
            }
            writer.flush();
        }
        writer.finish();
    }
}

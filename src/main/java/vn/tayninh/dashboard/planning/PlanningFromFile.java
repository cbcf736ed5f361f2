package vn.tayninh.dashboard.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.cadre.Cadre;

/**
 * The planning column of the roster file: each entry written {@code <title> <term>} — {@code BI_THU 2030-2035}, or
 * {@code SOURCE 2030-2035} for the source pool — in codes, or with the title's label in the labels form
 * ({@code Bí thư 2030-2035}). The export writes the entries approved and in effect at the file's date; the import
 * makes them for the records it creates, as the old flags do (approved from the record's start when the board or the
 * administrator imports, proposed when a commune editor does), with their titles.
 */
@Component
public class PlanningFromFile {

    /** The code of the source pool in the column, where a title's code stands otherwise. */
    public static final String SOURCE = "SOURCE";
    private static final Pattern ENTRY = Pattern.compile("(.+?)\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})");

    /** One entry as the file says it: a title (null for the source pool) and a term's code. */
    public record Planned(PlannedTitle title, String termCode) {

        /** The entry's code in the file: {@code BI_THU 2030-2035}. */
        public String code() {
            return (title == null ? SOURCE : title.name()) + " " + termCode;
        }

        /** The key of the words for its title, for the labels form. */
        public String labelKey() {
            return title == null ? "planningPage.kind.SOURCE" : title.labelKey();
        }
    }

    private final PlanningEntryRepository entries;
    private final PlanningTermRepository terms;
    private final LegacyPoolFlags flags;

    PlanningFromFile(PlanningEntryRepository entries, PlanningTermRepository terms, LegacyPoolFlags flags) {
        this.entries = entries;
        this.terms = terms;
        this.flags = flags;
    }

    /** The codes of the terms an entry may name. */
    @Transactional(readOnly = true)
    public Set<String> termCodes() {
        return terms.findAll().stream().map(PlanningTerm::getCode).collect(Collectors.toSet());
    }

    /**
     * Reads one entry as written: a title (its code or, folded by {@code fold}, its label or the source pool's) and a
     * term code; empty when it is neither. {@code labels} maps each folded label to its title's code.
     */
    public static Optional<Planned> read(String text, Map<String, String> labels,
                                         java.util.function.UnaryOperator<String> fold) {
        Matcher matcher = ENTRY.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String term = matcher.group(2) + "-" + matcher.group(3);
        String title = fold.apply(matcher.group(1));
        String code = labels.get(title);
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(new Planned(code.equals(SOURCE) ? null : PlannedTitle.valueOf(code), term));
    }

    /** Every way the file may name a title or the source pool, as keys of the words for them; by code. */
    public static Map<String, String> labelKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (PlannedTitle title : PlannedTitle.values()) {
            keys.put(title.name(), title.labelKey());
        }
        keys.put(SOURCE, "planningPage.kind.SOURCE");
        return keys;
    }

    /** The entries approved and in effect at {@code date} of each cadre of a commune, in the file's order. */
    @Transactional(readOnly = true)
    public Map<Long, List<Planned>> approved(long communeId, LocalDate date) {
        Map<Long, List<Planned>> byCadre = new LinkedHashMap<>();
        for (PlanningEntry e : entries.findOpen(communeId, date)) {
            if (e.getState() == EntryState.APPROVED && e.getEffectiveDate() != null
                    && !e.getEffectiveDate().isAfter(date)) {
                byCadre.computeIfAbsent(e.getCadre().getId(), id -> new ArrayList<>())
                        .add(new Planned(e.getKind() == PlanningKind.SOURCE ? null : e.getTitle(),
                                e.getTerm().getCode()));
            }
        }
        return byCadre;
    }

    /** An entry from its code ({@link Planned#code}). */
    public static Planned ofCode(String code) {
        Map<String, String> byCode = new LinkedHashMap<>();
        labelKeys().keySet().forEach(c -> byCode.put(c, c));
        return read(code, byCode, text -> text).orElseThrow(() ->
                new IllegalArgumentException("Not a planning entry: " + code));
    }

    /** Makes the entries a file gives a record it has just created, in the importing transaction. */
    @Transactional
    public void enter(Cadre cadre, List<String> codes) {
        flags.enter(cadre, codes.stream().map(PlanningFromFile::ofCode).toList());
    }
}

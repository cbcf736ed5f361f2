package vn.tayninh.dashboard.planning;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.forecast.RetirementRule;
import vn.tayninh.dashboard.indicator.KeptFigures;
import vn.tayninh.dashboard.indicator.KeptKind;
import vn.tayninh.dashboard.indicator.KeptText;
import vn.tayninh.dashboard.position.Position;

/**
 * What the yearly review ({@link PlanningReview}) finds in each commune, kept per commune and roster version by
 * {@link KeptFigures} like every other figure: the distinct persons planned for each key title in the term, and the
 * entries in effect that the rules now exclude, each with its reason. A planning entry, a title held, a rating, a
 * discipline or a cadre's departure bumps the commune's version, so the figures are counted again for that commune
 * right after the write; the province's review is then the sum of 96 kept rows, not a count of every entry.
 * <p>
 * The parameters are everything else the review depends on: the term (and its last day, which an administrator may
 * move), whether a retirement before the term's end excludes, and the latest year rated in the province.
 */
@Component
class ReviewKind implements KeptKind<ReviewKind.Params, ReviewKind.Figures> {

    static final String NAME = "planning-review";
    private static final String SIGNATURE = "r1";

    private static final String IN_EFFECT = "pe.state = 'APPROVED' AND pe.effective_date <= :today"
            + " AND (pe.end_date IS NULL OR pe.end_date > :today)";

    private final NamedParameterJdbcTemplate jdbc;

    ReviewKind(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The review's parameters: the term, its last day, the retirement rule's setting and the latest year rated. */
    record Params(long termId, LocalDate lastDay, boolean retireBeforeEnd, int latestYear) {
    }

    /** An entry the rules now exclude (its commune is the row's). */
    record Exit(long entryId, long version, long cadreId, String cadreName, PlanningKind kind, PlannedTitle title,
                LocalDate effectiveDate, ExitReason reason, LocalDate since, String detail, boolean exitProposed) {
    }

    /**
     * One commune's review: per key title ({@link PlanningReview#KEY_TITLES}, in order) the distinct persons planned,
     * and the entries proposed for exit, by name.
     */
    record Figures(int[] candidates, List<Exit> exits) {

        Figures {
            candidates = candidates.clone();
            exits = List.copyOf(exits);
        }

        int candidates(Position title) {
            return candidates[PlanningReview.KEY_TITLES.indexOf(title)];
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String variant(Params params) {
        return params.termId() + ":" + params.lastDay() + ":" + params.retireBeforeEnd() + ":" + params.latestYear();
    }

    @Override
    public Params params(String variant) {
        String[] parts = variant.split(":");
        try {
            return new Params(Long.parseLong(parts[0]), LocalDate.parse(parts[1]), Boolean.parseBoolean(parts[2]),
                    Integer.parseInt(parts[3]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public Figures none(Params params) {
        return new Figures(new int[PlanningReview.KEY_TITLES.size()], List.of());
    }

    @Override
    public String signature() {
        return SIGNATURE;
    }

    @Override
    public void write(Figures figures, KeptText.Writer out) {
        for (int n : figures.candidates()) {
            out.number(n);
        }
        out.number(figures.exits().size());
        for (Exit e : figures.exits()) {
            out.number(e.entryId()).number(e.version()).number(e.cadreId()).word(e.cadreName())
                    .word(e.kind().name()).word(e.title() == null ? "" : e.title().name())
                    .number(e.effectiveDate().toEpochDay()).word(e.reason().name())
                    .number(e.since() == null ? Long.MIN_VALUE : e.since().toEpochDay())
                    .word(e.detail() == null ? "" : e.detail()).number(e.exitProposed() ? 1 : 0);
        }
    }

    @Override
    public Figures read(KeptText.Reader in) {
        int[] candidates = new int[PlanningReview.KEY_TITLES.size()];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = Math.toIntExact(in.number());
        }
        long size = in.number();
        List<Exit> exits = new ArrayList<>();
        for (long i = 0; i < size; i++) {
            long entry = in.number();
            long version = in.number();
            long cadre = in.number();
            String name = in.word();
            PlanningKind kind = PlanningKind.valueOf(in.word());
            String title = in.word();
            LocalDate effective = LocalDate.ofEpochDay(in.number());
            ExitReason reason = ExitReason.valueOf(in.word());
            long since = in.number();
            String detail = in.word();
            boolean proposed = in.number() == 1;
            exits.add(new Exit(entry, version, cadre, name, kind, title.isEmpty() ? null : PlannedTitle.valueOf(title),
                    effective, reason, since == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(since), detail.isEmpty()
                    ? null : detail, proposed));
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("too long");
        }
        return new Figures(candidates, exits);
    }

    private record Open(long entryId, long version, long communeId, long cadreId, String name, PlanningKind kind,
                        PlannedTitle title, LocalDate effective, boolean exitProposed, Gender gender, LocalDate birth,
                        LocalDate left, long cadreCommune) {
    }

    /** Each commune's review at {@code asOf}, for the given communes (null: the province, read in one pass each). */
    @Override
    public Map<Long, Figures> count(LocalDate asOf, Params params, Collection<Long> communeIds) {
        MapSqlParameterSource sql = new MapSqlParameterSource("today", Date.valueOf(asOf))
                .addValue("term", params.termId()).addValue("year", params.latestYear())
                .addValue("communeIds", communeIds == null || communeIds.isEmpty() ? List.of(-1L) : communeIds);
        String entriesOf = communeIds == null ? "" : " AND pe.commune_id IN (:communeIds)";
        String cadresOf = communeIds == null ? "" : " AND c.commune_id IN (:communeIds)";
        String holdingsOf = communeIds == null ? "" : " AND ph.commune_id IN (:communeIds)";

        Map<Long, int[]> candidates = new HashMap<>();
        jdbc.query("SELECT pe.commune_id, pe.title, COUNT(DISTINCT pe.cadre_id) FROM planning_entry pe"
                + " JOIN cadre c ON c.id = pe.cadre_id WHERE " + IN_EFFECT + " AND " + PlanningForms.ACTIVE_CADRE_TODAY
                + " AND pe.term_id = :term AND pe.kind = 'PLAN'" + entriesOf
                + " AND pe.title IN ('BI_THU', 'PHO_BI_THU_TT', 'CT_HDND', 'CT_UBND', 'PCT_HDND', 'PCT_UBND')"
                + " GROUP BY pe.commune_id, pe.title", sql, rs -> {
                    candidates.computeIfAbsent(rs.getLong(1), k -> new int[PlanningReview.KEY_TITLES.size()])
                            [PlanningReview.KEY_TITLES.indexOf(Position.valueOf(rs.getString(2)))] = rs.getInt(3);
                });

        List<Open> open = jdbc.query("SELECT pe.id, pe.version, pe.commune_id, pe.cadre_id, c.full_name, pe.kind,"
                + " pe.title, pe.effective_date, pe.exit_state, c.gender, c.birth_date, c.end_date, c.commune_id"
                + " FROM planning_entry pe JOIN cadre c ON c.id = pe.cadre_id"
                + " WHERE " + IN_EFFECT + " AND pe.term_id = :term" + entriesOf
                + " ORDER BY pe.commune_id, c.full_name, pe.id", sql, (rs, i) -> new Open(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), PlanningKind.valueOf(rs.getString(6)),
                rs.getString(7) == null ? null : PlannedTitle.valueOf(rs.getString(7)),
                rs.getDate(8).toLocalDate(), "PROPOSED".equals(rs.getString(9)),
                rs.getString(10) == null ? null : Gender.valueOf(rs.getString(10)),
                rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(),
                rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(), rs.getLong(13)));
        Set<Long> people = new HashSet<>();
        open.forEach(e -> people.add(e.cadreId()));
        // titles held today, disciplines and the latest year's "not completed" ratings, read per commune and kept for
        // the people planned: set-based reads (a join on the planned people, or IN (SELECT …), H2 ran per row)
        Map<Long, Map<Position, LocalDate>> held = new HashMap<>();
        jdbc.query("SELECT ph.cadre_id, ph.position_code, ph.start_date FROM position_holding ph"
                + " WHERE ph.start_date <= :today AND (ph.end_date IS NULL OR ph.end_date > :today)" + holdingsOf,
                sql, rs -> {
                    if (people.contains(rs.getLong(1))) {
                        held.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Position.class))
                                .put(Position.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate());
                    }
                });
        Map<Long, List<Object[]>> disciplines = new HashMap<>();
        jdbc.query("SELECT d.cadre_id, d.kind, d.decision_date FROM discipline_record d"
                + (communeIds == null ? "" : " JOIN cadre c ON c.id = d.cadre_id")
                + " WHERE d.decision_date <= :today" + cadresOf + " ORDER BY d.decision_date", sql, rs -> {
                    if (people.contains(rs.getLong(1))) {
                        disciplines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Object[] {
                                DisciplineKind.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate()});
                    }
                });
        Set<Long> notCompleted = new HashSet<>();
        jdbc.query("SELECT r.cadre_id FROM annual_rating r"
                + (communeIds == null ? "" : " JOIN cadre c ON c.id = r.cadre_id")
                + " WHERE r.rating_year = :year AND r.rating = 'KHT'" + cadresOf, sql, rs -> {
                    if (people.contains(rs.getLong(1))) {
                        notCompleted.add(rs.getLong(1));
                    }
                });

        Map<Long, List<Exit>> exits = new HashMap<>();
        for (Open e : open) {
            exclusion(e, held.getOrDefault(e.cadreId(), Map.of()), disciplines.getOrDefault(e.cadreId(), List.of()),
                    notCompleted.contains(e.cadreId()), params, asOf)
                    .ifPresent(exit -> exits.computeIfAbsent(e.communeId(), k -> new ArrayList<>()).add(exit));
        }
        Map<Long, Figures> result = new HashMap<>();
        Set<Long> communes = new HashSet<>(candidates.keySet());
        communes.addAll(exits.keySet());
        for (Long commune : communes) {
            result.put(commune, new Figures(candidates.getOrDefault(commune, new int[PlanningReview.KEY_TITLES.size()]),
                    exits.getOrDefault(commune, List.of())));
        }
        return result;
    }

    /**
     * Why the rules now exclude the entry, in the review's order: left the commune, appointed to the planned title (a
     * success), a discipline decided since the entry took effect, rated "not completed" in the latest year, or retiring
     * before the term's end; empty when none does.
     */
    private static Optional<Exit> exclusion(Open e, Map<Position, LocalDate> titles, List<Object[]> disciplines,
                                            boolean notCompleted, Params params, LocalDate today) {
        ExitReason reason = null;
        LocalDate since = null;
        String detail = null;
        Optional<Position> planned = e.title() == null ? Optional.empty() : e.title().position();
        if (e.left() != null && !e.left().isAfter(today) || e.cadreCommune() != e.communeId()) {
            reason = ExitReason.LEFT;
            since = e.left();
        } else if (planned.isPresent() && titles.containsKey(planned.get())) {
            reason = ExitReason.APPOINTED;
            since = titles.get(planned.get());
        } else {
            Object[] discipline = disciplines.stream()
                    .filter(d -> !((LocalDate) d[1]).isBefore(e.effective())).findFirst().orElse(null);
            if (discipline != null) {
                reason = ExitReason.DISCIPLINE;
                since = (LocalDate) discipline[1];
                detail = ((DisciplineKind) discipline[0]).name();
            } else if (notCompleted) {
                reason = ExitReason.NOT_COMPLETED;
                detail = String.valueOf(params.latestYear());
            } else if (params.retireBeforeEnd()) {
                Optional<LocalDate> retires = RetirementRule.retirementDate(e.gender(), e.birth());
                if (retires.isPresent() && retires.get().isBefore(params.lastDay())) {
                    reason = ExitReason.RETIREMENT;
                    since = retires.get();
                }
            }
        }
        return reason == null ? Optional.empty() : Optional.of(new Exit(e.entryId(), e.version(), e.cadreId(),
                e.name(), e.kind(), e.title(), e.effective(), reason, since, detail, e.exitProposed()));
    }
}

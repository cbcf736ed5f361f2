package vn.tayninh.dashboard.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The months after the baseline, as the board would have lived them: on the first of each month from July to
 * December 2026 (those not after today) the figures are frozen, and in the month before each freeze the roster
 * changes the way a province's does — some cadres obtain a master's or a university degree, finish intermediate
 * political theory, are appointed to a vacant seat, retire or move away (never a holder of a key title: they stay
 * until the end of their term); young cadres are recruited. Communes do not
 * move alike: about half improve, a third barely move and the rest slip (departures without replacement).
 *
 * <p>Deterministic (a seed of its own, the cadres in the order of their ids), dated (every holding and departure has
 * its day, so the seats at 01/06/2026 stay those of the resolution), and written in bulk with JDBC in the loader's
 * transaction. It never touches the planning and source-pool flags. The baseline freeze is made before, so the
 * resolution's 2026 figures stay frozen exactly as they were.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo-progress", matchIfMissing = true)
class DemoProgress {

    private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

    static final long SEED = 34_2026_07L;
    /** The monthly reporting dates after the baseline: the figures of each month are frozen on the first of the next. */
    static final List<LocalDate> REPORTING_DATES = List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    /** Age at which the demo's cadres retire, at the end of the month they reach it (a simplification). */
    private static final int RETIREMENT_AGE = 60;

    enum Pace { IMPROVING, STEADY, SLIPPING }

    private final JdbcTemplate jdbc;
    private final FreezeService freezes;
    private final Clock clock;
    private final Random random = new Random(SEED);
    /** The month's statements by their SQL, in the order first used (a departure after an appointment it ends). */
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();

    /** What happened, counted for the log and for the test. */
    record Summary(int freezes, int degrees, int theory, int appointments, int departures, int recruits) {
    }

    private static final class Cadre {
        long id;
        long communeId;
        Gender gender;
        LocalDate birthDate;
        Education education;
        PoliticalTheory theory;
        Bloc bloc;
        boolean active = true;
        final List<Position> holds = new ArrayList<>();

        boolean isLeader() {
            return holds.stream().anyMatch(Position::isKeyTitle);
        }
    }

    private static final class Commune {
        long id;
        boolean hard;
        Pace pace;
        final Map<Position, Integer> approved = new HashMap<>();
        final List<Cadre> cadres = new ArrayList<>();

        int filled(Position position) {
            return (int) cadres.stream().filter(c -> c.active && c.holds.contains(position)).count();
        }
    }

    DemoProgress(JdbcTemplate jdbc, FreezeService freezes, Clock clock) {
        this.jdbc = jdbc;
        this.freezes = freezes;
        this.clock = clock;
    }

    /** Applies the months up to today, freezing each reporting date; to be called right after the baseline freeze. */
    Summary apply() {
        long started = System.nanoTime();
        List<Commune> communes = load();
        int[] counts = new int[6];
        LocalDate today = LocalDate.now(clock);
        LocalDate from = DemoDataGenerator.BASELINE_DATE;
        for (LocalDate reportingDate : REPORTING_DATES) {
            if (reportingDate.isAfter(today)) {
                break;
            }
            for (Commune commune : communes) {
                month(commune, from, reportingDate, counts);
            }
            flush();
            // rated as the baseline: the 2026 ratings are only final at the end of the year
            SystemUser.call(() -> freezes.freeze(reportingDate, DemoDataLoader.BASELINE_RATING_YEAR, null));
            counts[0]++;
            from = reportingDate;
        }
        Summary summary = new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        log.info("Demo data: {} monthly reporting dates frozen after the baseline; {} degrees, {} political theory"
                        + " courses completed, {} appointments, {} departures, {} recruits; in {} ms", summary.freezes(),
                summary.degrees(), summary.theory(), summary.appointments(), summary.departures(), summary.recruits(),
                (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    private List<Commune> load() {
        Map<Long, Commune> communes = new LinkedHashMap<>();
        jdbc.query("SELECT id, border, dong_thap_muoi FROM commune ORDER BY id", rs -> {
            Commune c = new Commune();
            c.id = rs.getLong("id");
            c.hard = rs.getBoolean("border") || rs.getBoolean("dong_thap_muoi");
            communes.put(c.id, c);
        });
        for (Commune c : communes.values()) {
            double u = random.nextDouble();
            double improving = c.hard ? 0.4 : 0.55;
            c.pace = u < improving ? Pace.IMPROVING : u < improving + 0.3 ? Pace.STEADY : Pace.SLIPPING;
        }
        jdbc.query("SELECT commune_id, position_code, seats FROM approved_seat", rs -> {
            communes.get(rs.getLong(1)).approved.put(Position.valueOf(rs.getString(2)), rs.getInt(3));
        });
        Map<Long, Cadre> cadres = new LinkedHashMap<>();
        jdbc.query("""
                SELECT id, commune_id, gender, birth_date, education, political_theory, bloc FROM cadre
                WHERE end_date IS NULL ORDER BY id""", rs -> {
            Cadre c = new Cadre();
            c.id = rs.getLong("id");
            c.communeId = rs.getLong("commune_id");
            c.gender = rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender"));
            Date birth = rs.getDate("birth_date");
            c.birthDate = birth == null ? null : birth.toLocalDate();
            c.education = rs.getString("education") == null ? null : Education.valueOf(rs.getString("education"));
            c.theory = rs.getString("political_theory") == null ? null
                    : PoliticalTheory.valueOf(rs.getString("political_theory"));
            c.bloc = rs.getString("bloc") == null ? null : Bloc.valueOf(rs.getString("bloc"));
            cadres.put(c.id, c);
            communes.get(c.communeId).cadres.add(c);
        });
        jdbc.query("SELECT cadre_id, position_code FROM position_holding WHERE end_date IS NULL ORDER BY id", rs -> {
            Cadre c = cadres.get(rs.getLong(1));
            if (c != null) {
                c.holds.add(Position.valueOf(rs.getString(2)));
            }
        });
        return new ArrayList<>(communes.values());
    }

    /** One commune's month: the changes dated between the two reporting dates. */
    private void month(Commune commune, LocalDate from, LocalDate to, int[] counts) {
        boolean improving = commune.pace == Pace.IMPROVING;
        boolean slipping = commune.pace == Pace.SLIPPING;
        // retirements, wherever they fall due; holders of a key title stay until the end of their term
        for (Cadre c : List.copyOf(commune.cadres)) {
            if (c.active && !c.isLeader() && c.birthDate != null && !c.birthDate.plusYears(RETIREMENT_AGE).isAfter(to.minusDays(1))
                    && random.nextDouble() < 0.5) {
                depart(c, dayIn(from, to), EndReason.RETIREMENT);
                counts[4]++;
            }
        }
        // a transfer out of a slipping commune, now and then
        if (slipping && random.nextDouble() < 0.45) {
            List<Cadre> movable = active(commune).stream().filter(c -> !c.isLeader()).toList();
            if (!movable.isEmpty()) {
                depart(movable.get(random.nextInt(movable.size())), dayIn(from, to), EndReason.TRANSFER);
                counts[4]++;
            }
        }
        // a master's degree, and a university degree for someone below it
        if (random.nextDouble() < (improving ? 0.3 : slipping ? 0.03 : 0.1)) {
            if (study(commune, Education.DAI_HOC, Education.THAC_SI, from, to)) {
                counts[1]++;
            }
        }
        if (random.nextDouble() < (improving ? 0.35 : slipping ? 0.0 : 0.1)) {
            for (Education below : List.of(Education.CAO_DANG, Education.TRUNG_CAP, Education.DUOI_TRUNG_CAP)) {
                if (study(commune, below, Education.DAI_HOC, from, to)) {
                    counts[1]++;
                    break;
                }
            }
        }
        // intermediate political theory completed
        int courses = improving ? random.nextInt(3) : slipping ? 0 : random.nextInt(2);
        for (int k = 0; k < courses; k++) {
            List<Cadre> learners = active(commune).stream()
                    .filter(c -> c.theory == PoliticalTheory.SO_CAP || c.theory == PoliticalTheory.CHUA_CO).toList();
            if (learners.isEmpty()) {
                break;
            }
            Cadre c = learners.get(random.nextInt(learners.size()));
            c.theory = PoliticalTheory.TRUNG_CAP;
            later("UPDATE cadre SET political_theory = ?, llct_studying_for = NULL, llct_study_end = NULL,"
                    + " last_changed = ? WHERE id = ?", c.theory.name(), Date.valueOf(dayIn(from, to)), c.id);
            counts[2]++;
        }
        // a vacant seat filled: a vice-chair of the people's committee, or the executive committee
        if (random.nextDouble() < (improving ? 0.4 : slipping ? 0.05 : 0.15)) {
            for (Position position : List.of(Position.PCT_UBND, Position.PHO_BI_THU_TT, Position.BCH)) {
                if (commune.filled(position) < commune.approved.getOrDefault(position, 0)
                        && appoint(commune, position, from, to)) {
                    counts[3]++;
                    break;
                }
            }
        }
        // young cadres recruited where people left, more where the commune is improving
        long departed = commune.cadres.stream().filter(c -> !c.active).count();
        if (departed > 0 && random.nextDouble() < (improving ? 0.6 : slipping ? 0.1 : 0.3)) {
            recruit(commune, dayIn(from, to));
            counts[5]++;
        }
    }

    private boolean study(Commune commune, Education level, Education obtained, LocalDate from, LocalDate to) {
        List<Cadre> candidates = active(commune).stream().filter(c -> c.education == level).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Cadre c = candidates.get(random.nextInt(candidates.size()));
        c.education = obtained;
        later("UPDATE cadre SET education = ?, studying_for = NULL, study_end = NULL, last_changed = ?"
                + " WHERE id = ?", obtained.name(), Date.valueOf(dayIn(from, to)), c.id);
        return true;
    }

    /** Appoints a cadre to a vacant seat: for the committee preferably a woman, for a title someone of its bloc. */
    private boolean appoint(Commune commune, Position position, LocalDate from, LocalDate to) {
        List<Cadre> candidates = active(commune).stream()
                .filter(c -> !c.holds.contains(position))
                .filter(c -> switch (position) {
                    case PCT_UBND -> c.bloc == Bloc.NHA_NUOC && !c.isLeader();
                    case PHO_BI_THU_TT -> c.holds.contains(Position.BTV) && !c.isLeader();
                    default -> !c.isLeader();
                })
                .sorted(Comparator.comparing((Cadre c) -> c.gender != Gender.NU).thenComparing(c -> c.id))
                .toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Cadre c = candidates.get(random.nextInt(Math.min(3, candidates.size())));
        LocalDate day = dayIn(from, to);
        List<Position> seats = new ArrayList<>(List.of(position));
        // a title of the party or the people's committee comes with a seat on the executive committee
        if (position != Position.BCH && !c.holds.contains(Position.BCH)
                && commune.filled(Position.BCH) < commune.approved.getOrDefault(Position.BCH, 0)) {
            seats.add(Position.BCH);
        }
        for (Position seat : seats) {
            later("""
                    INSERT INTO position_holding (cadre_id, commune_id, position_code, start_date, decision_number)
                    VALUES (?, ?, ?, ?, ?)""", c.id, commune.id, seat.name(), Date.valueOf(day),
                    (100 + random.nextInt(2900)) + (seat == Position.PCT_UBND ? "-QĐ-UBND" : "-QĐ/TU"));
            c.holds.add(seat);
        }
        later("UPDATE cadre SET last_changed = ? WHERE id = ?", Date.valueOf(day), c.id);
        return true;
    }

    private void depart(Cadre c, LocalDate day, EndReason reason) {
        c.active = false;
        later("UPDATE cadre SET end_date = ?, end_reason = ?, last_changed = ? WHERE id = ?", Date.valueOf(day),
                reason.name(), Date.valueOf(day), c.id);
        later("UPDATE position_holding SET end_date = ?, end_reason = ? WHERE cadre_id = ? AND end_date IS NULL",
                Date.valueOf(day), reason.name(), c.id);
        c.holds.clear();
    }

    private void recruit(Commune commune, LocalDate day) {
        Cadre c = new Cadre();
        c.communeId = commune.id;
        c.gender = random.nextDouble() < 0.55 ? Gender.NU : Gender.NAM;
        c.birthDate = day.minusYears(24 + random.nextInt(7)).minusDays(random.nextInt(365));
        String ethnicity = commune.hard && random.nextDouble() < 0.1 ? "Khmer" : "Kinh";
        c.education = random.nextDouble() < 0.2 ? Education.THAC_SI : Education.DAI_HOC;
        c.theory = random.nextBoolean() ? PoliticalTheory.SO_CAP : PoliticalTheory.CHUA_CO;
        c.bloc = random.nextBoolean() ? Bloc.NHA_NUOC : Bloc.DANG_DOAN_THE;
        jdbc.update("""
                INSERT INTO cadre (commune_id, full_name, gender, birth_date, ethnicity, education, political_theory,
                  stem, bloc, planned_key_title, planned_committee, source_pool, llct_advanced_trained, start_date,
                  last_changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, ?, ?)""",
                commune.id, DemoNames.fullName(random, c.gender, ethnicity), c.gender.name(),
                Date.valueOf(c.birthDate), ethnicity, c.education.name(), c.theory.name(), random.nextDouble() < 0.1,
                c.bloc.name(), Date.valueOf(day), Date.valueOf(day));
        c.id = jdbc.queryForObject("SELECT MAX(id) FROM cadre", Long.class);
        commune.cadres.add(c);
    }

    /** A statement to run with the month's others, in one batch per statement, before the month is frozen. */
    private void later(String sql, Object... arguments) {
        pending.computeIfAbsent(sql, k -> new ArrayList<>()).add(arguments);
    }

    private void flush() {
        pending.forEach(jdbc::batchUpdate);
        pending.clear();
    }

    private static List<Cadre> active(Commune commune) {
        return commune.cadres.stream().filter(c -> c.active).toList();
    }

    /** A working day of the month before {@code to}, after {@code from}: between the 3rd and the 27th. */
    private LocalDate dayIn(LocalDate from, LocalDate to) {
        LocalDate month = to.minusMonths(1);
        LocalDate day = month.withDayOfMonth(3 + random.nextInt(25));
        return day.isAfter(from) ? day : from.plusDays(1);
    }
}

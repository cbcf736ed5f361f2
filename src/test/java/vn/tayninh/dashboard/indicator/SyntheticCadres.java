package vn.tayninh.dashboard.indicator;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.position.Position;

/**
 * Writes N synthetic cadres, their titles and seats, two years of ratings, approved seats and a few short
 * courses into a freshly migrated database, in proportions close to the demo data: about 6 % leaders, 28 % in
 * the party committee (40 % of them in the standing committee), 40 % in a planning pool, 9 % young source
 * cadres, a few percent ended records and ended titles. Deterministic: the same N gives the same data.
 * Plain JDBC batches, one transaction per chunk, so that a million cadres load in a minute or two.
 */
final class SyntheticCadres {

    static final int[] RATING_YEARS = {2025, 2026};

    private static final int CHUNK = 10_000;
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1966, 1, 1);
    private static final int BIRTH_SPAN_DAYS = 37 * 365;
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final Position[] KEY_TITLES = {Position.BI_THU, Position.PHO_BI_THU_TT, Position.CT_HDND,
            Position.PCT_HDND, Position.CT_UBND, Position.PCT_UBND, Position.PCT_UBND};

    private final DataSource dataSource;
    private final LocalDate asOf;

    SyntheticCadres(DataSource dataSource, LocalDate asOf) {
        this.dataSource = dataSource;
        this.asOf = asOf;
    }

    /** Loads {@code count} cadres spread over the given communes. */
    void load(int count, List<Long> communeIds) throws SQLException {
        SplittableRandom random = new SplittableRandom(34L * count);
        // active holders per commune and position, from which the approved seats are derived
        int[][] holders = new int[communeIds.size()][Position.values().length];
        try (Connection connection = dataSource.getConnection();
             PreparedStatement cadres = connection.prepareStatement("""
                     INSERT INTO cadre (id, commune_id, full_name, gender, birth_date, ethnicity, education,
                       political_theory, stem, bloc, planned_key_title, planned_committee, source_pool,
                       llct_advanced_trained, start_date, end_date, end_reason)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement holdings = connection.prepareStatement("""
                     INSERT INTO position_holding (cadre_id, commune_id, position_code, start_date, end_date,
                       end_reason) VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement ratings = connection.prepareStatement(
                     "INSERT INTO annual_rating (cadre_id, rating_year, rating) VALUES (?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int from = 0; from < count; from += CHUNK) {
                for (long id = from + 1; id <= Math.min(count, from + CHUNK); id++) {
                    int commune = random.nextInt(communeIds.size());
                    boolean active = addCadre(cadres, random, id, communeIds.get(commune));
                    // a departed cadre keeps a title left open now and then: the engine must not count it
                    for (Position position : titlesAndSeats(random)) {
                        boolean held = addHolding(holdings, random, id, communeIds.get(commune), position);
                        if (held && active) {
                            holders[commune][position.ordinal()]++;
                        }
                    }
                    for (int year : RATING_YEARS) {
                        ratings.setLong(1, id);
                        ratings.setInt(2, year);
                        ratings.setString(3, rating(random).name());
                        ratings.addBatch();
                    }
                }
                cadres.executeBatch();
                holdings.executeBatch();
                ratings.executeBatch();
                connection.commit();
            }
            addSeatsAndCourses(connection, random, communeIds, holders);
            connection.commit();
            // the pools drawn above become approved planning entries with titles (the key titles and the two committee
            // seats in turn), and one active cadre in 97 outside them is proposed for the party committee
            try (java.sql.Statement statement = connection.createStatement()) {
                String keyTitle = "CASE MOD(c.id, 6) WHEN 0 THEN 'BI_THU' WHEN 1 THEN 'PHO_BI_THU_TT' WHEN 2 THEN 'CT_HDND'"
                        + " WHEN 3 THEN 'CT_UBND' WHEN 4 THEN 'PCT_HDND' ELSE 'PCT_UBND' END";
                String seat = "CASE MOD(c.id, 3) WHEN 0 THEN 'BTV' ELSE 'BCH' END";
                for (String[] pool : new String[][] {{"planned_key_title", "'PLAN'", keyTitle},
                        {"planned_committee", "'PLAN'", seat}, {"source_pool", "'SOURCE'", "NULL"}}) {
                    statement.executeUpdate("INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title,"
                            + " state, proposed_by, proposed_at, effective_date, end_date) SELECT c.id, c.commune_id,"
                            + " (SELECT t.id FROM planning_term t WHERE t.code = '2030-2035'), " + pool[1] + ", "
                            + pool[2] + ", 'APPROVED', 'benchmark', CURRENT_TIMESTAMP, c.start_date, c.end_date"
                            + " FROM cadre c WHERE c." + pool[0] + " = TRUE");
                }
                statement.executeUpdate("INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title, state,"
                        + " proposed_by, proposed_at) SELECT c.id, c.commune_id, (SELECT t.id FROM planning_term t"
                        + " WHERE t.code = '2030-2035'), 'PLAN', 'BCH', 'PROPOSED', 'benchmark', CURRENT_TIMESTAMP"
                        + " FROM cadre c WHERE MOD(c.id, 97) = 0 AND c.end_date IS NULL AND c.planned_key_title = FALSE"
                        + " AND c.planned_committee = FALSE");
            }
            connection.commit();
        }
    }

    /** Returns whether the record is active at the as-of date. */
    private boolean addCadre(PreparedStatement insert, SplittableRandom random, long id, long communeId)
            throws SQLException {
        boolean ended = random.nextInt(100) < 4;
        boolean source = random.nextInt(100) < 9;
        insert.setLong(1, id);
        insert.setLong(2, communeId);
        insert.setString(3, "Cán bộ " + id);
        insert.setString(4, random.nextInt(100) < 33 ? "NU" : "NAM");
        setDate(insert, 5, random.nextInt(200) == 0 ? null : OLDEST_BIRTH.plusDays(random.nextInt(BIRTH_SPAN_DAYS)));
        insert.setString(6, pick(random, new String[] {"Kinh", "Khmer", "Chăm", "Hoa", "", null},
                new int[] {930, 45, 10, 10, 3, 2}));
        insert.setString(7, pick(random, new String[] {"TIEN_SI", "THAC_SI", "DAI_HOC", "CAO_DANG", "TRUNG_CAP",
                "DUOI_TRUNG_CAP", null}, new int[] {10, 140, 690, 80, 60, 10, 10}));
        insert.setString(8, pick(random, new String[] {"CU_NHAN_CAO_CAP", "TRUNG_CAP", "SO_CAP", "CHUA_CO", null},
                new int[] {300, 500, 120, 60, 20}));
        insert.setBoolean(9, random.nextInt(100) < 8);
        insert.setString(10, pick(random, new String[] {"DANG_DOAN_THE", "NHA_NUOC", null}, new int[] {38, 61, 1}));
        insert.setBoolean(11, random.nextInt(100) < 12);
        insert.setBoolean(12, random.nextInt(100) < 32);
        insert.setBoolean(13, source);
        insert.setBoolean(14, random.nextInt(100) < (source ? 60 : 10));
        insert.setDate(15, Date.valueOf(LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1)));
        LocalDate end = ended ? asOf.minusDays(1 + random.nextInt(300)) : null;
        setDate(insert, 16, end);
        insert.setString(17, ended ? "RETIREMENT" : null);
        insert.addBatch();
        return !ended;
    }

    /** About 6 % hold key titles (and sit in the committee); 28 % in all sit in the committee, 40 % of them in BTV. */
    private static List<Position> titlesAndSeats(SplittableRandom random) {
        boolean leader = random.nextInt(1000) < 60;
        boolean committee = leader || random.nextInt(1000) < 234;
        if (!committee) {
            return List.of();
        }
        boolean btv = random.nextInt(100) < (leader ? 85 : 31);
        Position title = KEY_TITLES[random.nextInt(KEY_TITLES.length)];
        if (!leader) {
            return btv ? List.of(Position.BCH, Position.BTV) : List.of(Position.BCH);
        }
        // a secretary often chairs the council as well
        boolean concurrent = title == Position.BI_THU && random.nextBoolean();
        return concurrent ? List.of(title, Position.CT_HDND, Position.BCH, Position.BTV)
                : btv ? List.of(title, Position.BCH, Position.BTV) : List.of(title, Position.BCH);
    }

    /** One in twenty titles was given up before the as-of date; returns whether it is still held. */
    private boolean addHolding(PreparedStatement insert, SplittableRandom random, long cadreId, long communeId,
                               Position position) throws SQLException {
        boolean ended = random.nextInt(20) == 0;
        insert.setLong(1, cadreId);
        insert.setLong(2, communeId);
        insert.setString(3, position.name());
        insert.setDate(4, Date.valueOf(MERGER));
        setDate(insert, 5, ended ? asOf.minusDays(1 + random.nextInt(100)) : null);
        insert.setString(6, ended ? "TRANSFER" : null);
        insert.addBatch();
        return !ended;
    }

    private static void addSeatsAndCourses(Connection connection, SplittableRandom random, List<Long> communeIds,
                                           int[][] holders) throws SQLException {
        try (PreparedStatement seats = connection.prepareStatement(
                "INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, ?, ?)")) {
            for (int commune = 0; commune < communeIds.size(); commune++) {
                for (Position position : Position.values()) {
                    int filled = holders[commune][position.ordinal()];
                    seats.setLong(1, communeIds.get(commune));
                    seats.setString(2, position.name());
                    seats.setInt(3, filled + random.nextInt(filled / 10 + 2));
                    seats.addBatch();
                }
            }
            seats.executeBatch();
        }
        try (PreparedStatement courses = connection.prepareStatement("""
                INSERT INTO short_course (title, start_date, end_date, location, abroad, participants)
                VALUES (?, ?, ?, 'Tây Ninh', FALSE, 40)""")) {
            for (int month = 3; month <= 9; month += 3) {
                courses.setString(1, "Bồi dưỡng cán bộ nguồn " + month);
                courses.setDate(2, Date.valueOf(LocalDate.of(2026, month, 1)));
                courses.setDate(3, Date.valueOf(LocalDate.of(2026, month, 10)));
                courses.addBatch();
            }
            courses.executeBatch();
        }
    }

    private static Rating rating(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 15 ? Rating.HTXS : r < 85 ? Rating.HTT : r < 97 ? Rating.HT : Rating.KHT;
    }

    private static String pick(SplittableRandom random, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; ; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
    }

    private static void setDate(PreparedStatement insert, int index, LocalDate date) throws SQLException {
        if (date == null) {
            insert.setNull(index, Types.DATE);
        } else {
            insert.setDate(index, Date.valueOf(date));
        }
    }
}

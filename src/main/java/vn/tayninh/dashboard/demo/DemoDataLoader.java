package vn.tayninh.dashboard.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.StartupTask;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.demo.DemoDataset.CommuneData;
import vn.tayninh.dashboard.demo.DemoDataset.CommuneInfo;
import vn.tayninh.dashboard.demo.DemoDataset.Holding;
import vn.tayninh.dashboard.demo.DemoDataset.Person;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * Fills an empty database with the demo data when {@code app.demo-data} is on (the default outside the
 * {@code mysql} profile). Written in bulk with JDBC: some 9,000 cadres, their seats and two years of ratings.
 * A database that already holds cadres is left as it is, so a restart keeps what users changed.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "app.demo-data", matchIfMissing = true)
class DemoDataLoader implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1000;

    static final String BASELINE_LABEL = Translations.key("freeze.label.baseline");
    /** At the baseline in June 2026 the latest annual ratings are those of 2025. */
    static final int BASELINE_RATING_YEAR = 2025;

    private final JdbcTemplate jdbc;
    private final FreezeService freezes;
    private final ObjectProvider<DemoProgress> progress;

    DemoDataLoader(JdbcTemplate jdbc, FreezeService freezes, ObjectProvider<DemoProgress> progress) {
        this.jdbc = jdbc;
        this.freezes = freezes;
        this.progress = progress;
    }

    @Override
    @Transactional
    public void run() {
        Long cadres = jdbc.queryForObject("SELECT COUNT(*) FROM cadre", Long.class);
        if (cadres != null && cadres > 0) {
            log.info("Demo data: the database already holds {} cadre records, nothing generated", cadres);
            return;
        }
        long started = System.nanoTime();
        List<CommuneInfo> communes = jdbc.query(
                "SELECT id, code, unit_type, border, dong_thap_muoi FROM commune ORDER BY id",
                (rs, row) -> new CommuneInfo(rs.getLong("id"), rs.getString("code"),
                        "PHUONG".equals(rs.getString("unit_type")), rs.getBoolean("border"),
                        rs.getBoolean("dong_thap_muoi")));
        DemoDataset dataset = new DemoDataGenerator().generate(communes);
        write(dataset);
        // The resolution's figures, frozen as the baseline every road to 2030 starts from.
        SystemUser.call(() -> freezes.freeze(DemoDataGenerator.BASELINE_DATE, BASELINE_RATING_YEAR, BASELINE_LABEL));
        // The months since, each frozen on its reporting date (unless app.demo-progress is off).
        progress.ifAvailable(DemoProgress::apply);
        // every record written, the months' recruits included: the number a later start finds again
        log.info("Demo data: {} communes, {} cadre records generated in {} ms", communes.size(),
                jdbc.queryForObject("SELECT COUNT(*) FROM cadre", Long.class), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Courses in progress for the projection to 2030, chosen by the person's place in the data set alone so that the
     * generated figures stay as they are: every 12th active university graduate studies for a master's degree, every
     * 10th active cadre below intermediate political theory for the intermediate level, ending in 2027–2030.
     */
    static Object[] trainingInProgress(int index, Person p) {
        Object[] study = new Object[4];
        if (p.endDate != null) {
            return study;
        }
        if (p.education == Education.DAI_HOC && index % 12 == 5) {
            study[0] = Education.THAC_SI.name();
            study[1] = date(LocalDate.of(2027 + index % 4, 6, 30));
        }
        if ((p.politicalTheory == PoliticalTheory.SO_CAP || p.politicalTheory == PoliticalTheory.CHUA_CO)
                && index % 10 == 3) {
            study[2] = PoliticalTheory.TRUNG_CAP.name();
            study[3] = date(LocalDate.of(2027 + index % 3, 12, 15));
        }
        return study;
    }

    private void write(DemoDataset dataset) {
        List<Object[]> seats = new ArrayList<>();
        List<Object[]> quotas = new ArrayList<>();
        List<Object[]> cadres = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Long> communeOfPerson = new ArrayList<>();
        for (CommuneData commune : dataset.communes()) {
            long communeId = commune.commune().id();
            commune.approvedSeats().forEach((position, n) -> seats.add(new Object[] {communeId, position.name(), n}));
            commune.quotas().forEach((bloc, n) -> quotas.add(new Object[] {communeId, bloc.name(), n}));
            for (Person p : commune.people()) {
                people.add(p);
                communeOfPerson.add(communeId);
                Object[] study = trainingInProgress(people.size(), p);
                cadres.add(new Object[] {communeId, p.fullName, name(p.gender), date(p.birthDate), p.ethnicity,
                        name(p.education), name(p.politicalTheory), p.stem, name(p.bloc), p.plannedKeyTitle,
                        p.plannedCommittee, p.sourcePool, p.llctAdvancedTrained, date(p.startDate), date(p.endDate),
                        name(p.endReason), study[0], study[1], study[2], study[3],
                        date(p.lastChanged)});
            }
        }
        jdbc.batchUpdate("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, ?, ?)", seats);
        jdbc.batchUpdate("INSERT INTO staffing_quota (commune_id, bloc, quota) VALUES (?, ?, ?)", quotas);
        batch("""
                INSERT INTO cadre (commune_id, full_name, gender, birth_date, ethnicity, education, political_theory,
                  stem, bloc, planned_key_title, planned_committee, source_pool, llct_advanced_trained,
                  start_date, end_date, end_reason, studying_for, study_end, llct_studying_for, llct_study_end,
                  last_changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                cadres);

        // The table was empty and the rows went in one by one in this transaction: ids follow insertion order.
        List<Long> ids = jdbc.queryForList("SELECT id FROM cadre ORDER BY id", Long.class);
        List<Object[]> holdings = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            long cadreId = ids.get(i);
            Person p = people.get(i);
            for (Holding h : p.holdings) {
                holdings.add(new Object[] {cadreId, communeOfPerson.get(i), h.position().name(),
                        date(h.start()), date(h.end()), h.decisionNumber(), name(h.endReason())});
            }
            p.ratings.forEach((year, rating) -> ratings.add(new Object[] {cadreId, year, rating.name()}));
        }
        batch("""
                INSERT INTO position_holding (cadre_id, commune_id, position_code, start_date, end_date,
                  decision_number, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?)""", holdings);
        batch("INSERT INTO annual_rating (cadre_id, rating_year, rating) VALUES (?, ?, ?)", ratings);
        DemoPlanning.Rows planning = DemoPlanning.rows(jdbc, dataset.communes(), people, ids);
        batch(DemoPlanning.ENTRY_SQL, planning.entries());
        batch(DemoPlanning.DISCIPLINE_SQL, planning.disciplines());
        DemoTraining.write(jdbc);
        for (DemoDataset.Course c : dataset.courses()) {
            jdbc.update("""
                    INSERT INTO short_course (title, start_date, end_date, location, abroad, participants)
                    VALUES (?, ?, ?, ?, ?, ?)""", c.title(), date(c.start()), date(c.end()), c.location(),
                    c.abroad(), c.participants());
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    Object[] row = chunk.get(i);
                    for (int c = 0; c < row.length; c++) {
                        if (row[c] == null) {
                            ps.setNull(c + 1, Types.NULL);
                        } else {
                            ps.setObject(c + 1, row[c]);
                        }
                    }
                }

                @Override
                public int getBatchSize() {
                    return chunk.size();
                }
            });
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}

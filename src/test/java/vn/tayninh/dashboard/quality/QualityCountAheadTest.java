package vn.tayninh.dashboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.KeptCounted;
import vn.tayninh.dashboard.indicator.KeptFigures;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The kept data-quality counts on the demo data: counted ahead, a write counted by the writer (its commune and the
 * communes of the possible duplicates it makes or ends), never by the next reader, and the earlier counts answered, marked provisional, while a
 * count of the province is under way. Counts made are read from the metric {@code kept.recount.communes}.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class QualityCountAheadTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    DataQuality quality;
    @Autowired
    KeptFigures kept;
    @Autowired
    CadreEditor editor;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void nothingKept() {
        kept.awaitStored();
        jdbc.update("DELETE FROM kept_figures");
        kept.forget();
    }

    @Test
    void countedAheadTheFirstReadCountsNothing() {
        double before = counted(KeptCounted.BACKGROUND);
        double read = counted(KeptCounted.READER);
        kept.awaitStored();
        kept.countAhead();
        assertThat(counted(KeptCounted.BACKGROUND)).isEqualTo(before + 96);

        QualityCounts province = asBoard(() -> quality.summary(Scope.province(), TODAY));
        asBoard(() -> quality.ranking(Scope.province(), TODAY));
        asBoard(() -> quality.summary(Scope.commune("xa-hung-dien"), TODAY));
        assertThat(counted(KeptCounted.READER)).isEqualTo(read);
        assertThat(province.provisional()).isFalse();
        assertThat(province).isEqualTo(direct(Scope.province()));
    }

    @Test
    void aWriteIsSeenOnTheNextReadByCountingOnlyTheCommuneWritten() {
        QualityCounts before = asBoard(() -> quality.summary(Scope.province(), TODAY));
        double read = counted(KeptCounted.READER);
        double written = counted(KeptCounted.WRITER);
        // a record of Tân Ninh entered again, by the same name and birth date, in Hưng Điền: two possible duplicates
        Map<String, Object> original = jdbc.queryForMap("SELECT c.full_name, c.birth_date FROM cadre c"
                + " JOIN commune m ON m.id = c.commune_id WHERE m.code = 'phuong-tan-ninh' AND c.end_date IS NULL"
                + " AND c.birth_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cadre t WHERE t.id <> c.id"
                + " AND t.name_key = c.name_key AND t.birth_date = c.birth_date AND t.end_date IS NULL)"
                + " ORDER BY c.id FETCH FIRST 1 ROW ONLY");
        CadreForm form = new CadreForm();
        form.setFullName(original.get("FULL_NAME").toString().toUpperCase());
        form.setBirthDate(((java.sql.Date) original.get("BIRTH_DATE")).toLocalDate());
        form.setStartDate(TODAY.minusDays(3));
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        asBoard(() -> editor.create(hungDien, form));

        QualityCounts after = asBoard(() -> quality.summary(Scope.province(), TODAY));
        assertThat(after.count(Problem.POSSIBLE_DUPLICATE)).isEqualTo(before.count(Problem.POSSIBLE_DUPLICATE) + 2);
        assertThat(after.active()).isEqualTo(before.active() + 1);
        QualityCounts tanNinh = asBoard(() -> quality.summary(Scope.commune("phuong-tan-ninh"), TODAY));
        // the writer counted Hưng Điền and Tân Ninh, where the copy's twin is; no reader counted anything
        assertThat(counted(KeptCounted.READER)).isEqualTo(read);
        assertThat(counted(KeptCounted.WRITER)).isEqualTo(written + 2);
        assertThat(after).isEqualTo(direct(Scope.province()));
        assertThat(tanNinh).isEqualTo(direct(Scope.commune("phuong-tan-ninh")));
    }

    @Test
    void whileTheProvinceIsCountedTheEarlierCountsAreAnsweredMarkedProvisional() throws Exception {
        QualityCounts yesterday = asBoard(() -> quality.summary(Scope.province(), TODAY));
        kept.awaitStored();
        // the figures of the day before, as they are at 00:01 until the count of the new day is done
        jdbc.update("UPDATE kept_figures SET as_of_date = ? WHERE kind = 'quality'", TODAY.minusDays(1));
        kept.forget();
        double before = counted(KeptCounted.READER);
        try (AutoCloseable underWay = kept.wholeCountUnderWay("quality")) {
            QualityCounts today = asBoard(() -> quality.summary(Scope.province(), TODAY));
            assertThat(today.provisional()).isTrue();
            assertThat(today.marked(false)).isEqualTo(yesterday);
            assertThat(asBoard(() -> quality.byCommune(Scope.province(), TODAY)))
                    .allMatch(c -> c.counts().provisional() || c.counts().active() == 0);
        }
        assertThat(counted(KeptCounted.READER)).isEqualTo(before);
        // the count done, the next read counts today's figures, exact
        QualityCounts today = asBoard(() -> quality.summary(Scope.province(), TODAY));
        assertThat(today.provisional()).isFalse();
        assertThat(counted(KeptCounted.READER)).isEqualTo(before + 96);
        assertThat(today).isEqualTo(direct(Scope.province()));
    }

    @Test
    void withNothingCountedBeforeAReadCountsEvenWhileACountIsUnderWay() throws Exception {
        double before = counted(KeptCounted.READER);
        try (AutoCloseable underWay = kept.wholeCountUnderWay("quality")) {
            QualityCounts today = asBoard(() -> quality.summary(Scope.province(), TODAY));
            assertThat(today.provisional()).isFalse();
        }
        assertThat(counted(KeptCounted.READER)).isEqualTo(before + 96);
    }

    /** The counts made inside a writing transaction, which never uses what is kept (a count of the province). */
    private QualityCounts direct(Scope scope) {
        return transaction.execute(s -> asBoard(() -> quality.summary(scope, TODAY)));
    }

    private double counted(String by) {
        return KeptCounted.communes(meters, "quality", by);
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}

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
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The kept data-quality counts on the demo data: counted ahead, a write seen on the next read by counting only the
 * commune written (and the duplicate groups it touches), and the earlier counts answered, marked provisional, while a
 * count of the province is under way. Counts made are read from the metrics {@code quality.recount} (the province)
 * and {@code quality.recount.communes}.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class QualityCountAheadTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    DataQuality quality;
    @Autowired
    QualityCache cache;
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
        cache.forget();
    }

    @Test
    void countedAheadTheFirstReadCountsNothing() {
        double before = recounts("quality.recount");
        cache.countAhead(TODAY);
        assertThat(recounts("quality.recount")).isEqualTo(before + 1);

        QualityCounts province = asBoard(() -> quality.summary(Scope.province(), TODAY));
        asBoard(() -> quality.ranking(Scope.province(), TODAY));
        assertThat(recounts("quality.recount")).isEqualTo(before + 1);
        assertThat(province.provisional()).isFalse();
        // already kept: counting ahead again counts nothing
        cache.countAhead(TODAY);
        assertThat(recounts("quality.recount")).isEqualTo(before + 1);
        assertThat(province).isEqualTo(direct(Scope.province()));
    }

    @Test
    void aWriteIsSeenOnTheNextReadByCountingOnlyTheCommuneWritten() {
        QualityCounts before = asBoard(() -> quality.summary(Scope.province(), TODAY));
        double provinceCounts = recounts("quality.recount");
        double communeCounts = recounts("quality.recount.communes");
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
        assertThat(recounts("quality.recount")).isEqualTo(provinceCounts);
        assertThat(recounts("quality.recount.communes")).isEqualTo(communeCounts + 1);
        assertThat(after).isEqualTo(direct(Scope.province()));
        assertThat(tanNinh).isEqualTo(direct(Scope.commune("phuong-tan-ninh")));
    }

    @Test
    void whileTheProvinceIsCountedTheEarlierCountsAreAnsweredMarkedProvisional() throws Exception {
        QualityCounts yesterday = asBoard(() -> quality.summary(Scope.province(), TODAY.minusDays(1)));
        double before = recounts("quality.recount");
        try (AutoCloseable underWay = cache.countUnderWay()) {
            QualityCounts today = asBoard(() -> quality.summary(Scope.province(), TODAY));
            assertThat(today.provisional()).isTrue();
            assertThat(today.marked(false)).isEqualTo(yesterday);
            assertThat(asBoard(() -> quality.byCommune(Scope.province(), TODAY)))
                    .allMatch(c -> c.counts().provisional() || c.counts().active() == 0);
        }
        assertThat(recounts("quality.recount")).isEqualTo(before);
        // the count done, the next read counts today's figures, exact
        QualityCounts today = asBoard(() -> quality.summary(Scope.province(), TODAY));
        assertThat(today.provisional()).isFalse();
        assertThat(recounts("quality.recount")).isEqualTo(before + 1);
        assertThat(today).isEqualTo(direct(Scope.province()));
    }

    @Test
    void withNothingCountedBeforeAReadCountsEvenWhileACountIsUnderWay() throws Exception {
        double before = recounts("quality.recount");
        try (AutoCloseable underWay = cache.countUnderWay()) {
            QualityCounts today = asBoard(() -> quality.summary(Scope.province(), TODAY));
            assertThat(today.provisional()).isFalse();
        }
        assertThat(recounts("quality.recount")).isEqualTo(before + 1);
    }

    /** The counts made inside a writing transaction, which never uses what is kept (a count of the province). */
    private QualityCounts direct(Scope scope) {
        return transaction.execute(s -> asBoard(() -> quality.summary(scope, TODAY)));
    }

    private double recounts(String metric) {
        return meters.get(metric).counter().count();
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}

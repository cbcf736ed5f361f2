package vn.tayninh.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.KeptCounted;
import vn.tayninh.dashboard.indicator.RosterVersions;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The projection to 2030 and the data quality counts are kept per roster version: after every change through a
 * service they equal a direct count (made inside a writing transaction, which never uses what is kept), and a second
 * read without a change counts nothing.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class KeptFiguresTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;
    private static final List<Scope> SCOPES = List.of(Scope.province(), Scope.commune("xa-hung-dien"),
            Scope.commune("phuong-tan-ninh"));

    @Autowired
    ForecastService forecasts;
    @Autowired
    DataQuality quality;
    @Autowired
    CadreEditor editor;
    @Autowired
    CadreService cadres;
    @Autowired
    CommuneService communes;
    @Autowired
    RosterVersions versions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void keptFiguresEqualADirectCountAfterEveryChangeAndAreNotRecountedWithoutOne() {
        assertEqualsDirectCount();
        assertNotRecounted();

        // a cadre added with a master's degree, then the education corrected
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        long postgraduates = projected("xa-hung-dien", "T2");
        CadreForm form = new CadreForm();
        form.setFullName("Trương Thị Thạc");
        form.setEducation(Education.THAC_SI);
        form.setStartDate(LocalDate.of(2024, 3, 1));
        Cadre added = asBoard(() -> editor.create(hungDien, form));
        assertThat(projected("xa-hung-dien", "T2")).isEqualTo(postgraduates + 1);
        assertEqualsDirectCount();
        form.setEducation(Education.DAI_HOC);
        Cadre updated = asBoard(() -> editor.update(added.getId(), added.getVersion(), form));
        assertThat(projected("xa-hung-dien", "T2")).isEqualTo(postgraduates);
        assertEqualsDirectCount();
        assertNotRecounted();

        // a record last changed long ago is stale; saving its form unchanged is a review and makes it current again
        transaction.executeWithoutResult(s -> {
            jdbc.update("UPDATE cadre SET last_changed = ? WHERE id = ?", TODAY.minusYears(3), added.getId());
            versions.refreshCommune(hungDien); // the contract of every bulk write
        });
        long stale = stale("xa-hung-dien");
        asBoard(() -> editor.update(updated.getId(), updated.getVersion(), CadreForm.of(updated)));
        assertThat(stale("xa-hung-dien")).isEqualTo(stale - 1);
        assertEqualsDirectCount();

        // a departure of a whole commune's roster
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        transaction.executeWithoutResult(s -> asBoard(() -> cadres.endActive(List.of(tanNinh), TODAY, EndReason.OTHER)));
        assertThat(asBoard(() -> quality.summary(Scope.commune("phuong-tan-ninh"), TODAY)).active()).isZero();
        assertEqualsDirectCount();
        assertNotRecounted();
    }

    /** Every scope's projection and quality counts, as kept, against the same counted directly. */
    private void assertEqualsDirectCount() {
        for (Scope scope : SCOPES) {
            Forecast kept = asBoard(() -> forecasts.forecast(scope, ForecastService.defaultDate(), TODAY));
            QualityCounts keptQuality = asBoard(() -> quality.summary(scope, TODAY));
            Forecast direct = transaction.execute(s -> asBoard(
                    () -> forecasts.forecast(scope, ForecastService.defaultDate(), TODAY)));
            QualityCounts directQuality = transaction.execute(s -> asBoard(() -> quality.summary(scope, TODAY)));
            assertThat(kept).as("projection of %s", scope).isEqualTo(direct);
            assertThat(keptQuality).as("quality of %s", scope).isEqualTo(directQuality);
        }
    }

    /** Reading every scope again with no change in between counts nothing. */
    private void assertNotRecounted() {
        for (Scope scope : SCOPES) {
            asBoard(() -> forecasts.forecast(scope, ForecastService.defaultDate(), TODAY));
            asBoard(() -> quality.summary(scope, TODAY));
        }
        double projections = KeptCounted.communes(meters, "projection", KeptCounted.READER);
        double qualities = KeptCounted.communes(meters, "quality", KeptCounted.READER);
        for (Scope scope : SCOPES) {
            asBoard(() -> forecasts.projectedIfReadable(scope, TODAY, false));
            asBoard(() -> quality.summary(scope, TODAY));
            asBoard(() -> quality.byCommune(scope, TODAY));
        }
        assertThat(KeptCounted.communes(meters, "projection", KeptCounted.READER)).isEqualTo(projections);
        assertThat(KeptCounted.communes(meters, "quality", KeptCounted.READER)).isEqualTo(qualities);
    }

    private long projected(String commune, String code) {
        return asBoard(() -> forecasts.forecast(Scope.commune(commune), ForecastService.defaultDate(), TODAY))
                .targets().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().today().numerator();
    }

    private long stale(String commune) {
        return asBoard(() -> quality.summary(Scope.commune(commune), TODAY)).problems().get(Problem.STALE);
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}

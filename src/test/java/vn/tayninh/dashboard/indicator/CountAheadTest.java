package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The count ahead after a start (and at 00:01, the same count) fills what is kept for the province: the projection to
 * 2030 and the data quality are then read without a count; after a restart the figures stored before answer, marked
 * provisional, until it is done; and while the province's projection is being counted, a read answers with the last
 * counts made (of another day), marked provisional. Counts are read from the metric {@code kept.recount.communes}.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class CountAheadTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    KeptFiguresSchedule schedule;
    @Autowired
    KeptFigures kept;
    @Autowired
    ForecastService forecasts;
    @Autowired
    DataQuality dataQuality;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void nothingKept() {
        kept.awaitStored();
        jdbc.update("DELETE FROM kept_figures");
        kept.forget();
    }

    @Test
    void theCountAheadAfterAStartFillsWhatIsKept() {
        double projections = counted("projection", KeptCounted.BACKGROUND);
        double qualities = counted("quality", KeptCounted.BACKGROUND);
        double read = counted("projection", KeptCounted.READER) + counted("quality", KeptCounted.READER);
        schedule.confirmAfterStart();
        int all = communes.findAll().size();
        assertThat(counted("projection", KeptCounted.BACKGROUND)).isEqualTo(projections + all);
        assertThat(counted("quality", KeptCounted.BACKGROUND)).isEqualTo(qualities + all);

        Forecast province = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        asBoard(() -> forecasts.projectedIfReadable(Scope.commune("xa-hung-dien"), TODAY, false));
        asBoard(() -> dataQuality.summary(Scope.province(), TODAY));
        asBoard(() -> dataQuality.ranking(Scope.province(), TODAY));
        assertThat(province.provisional()).isFalse();
        assertThat(counted("projection", KeptCounted.READER) + counted("quality", KeptCounted.READER)).isEqualTo(read);
    }

    @Test
    void afterARestartTheFiguresStoredBeforeAnswerProvisionalUntilTheCountAheadIsDone() {
        schedule.confirmAfterStart();
        Forecast counted = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        QualityCounts countedQuality = asBoard(() -> dataQuality.summary(Scope.province(), TODAY));
        kept.awaitStored();
        // a restart: nothing kept in memory, the stored rows unconfirmed
        kept.forget();
        kept.markUnconfirmed(true);
        double projections = counted("projection", KeptCounted.READER);
        double qualities = counted("quality", KeptCounted.READER);

        Forecast provisional = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        QualityCounts provisionalQuality = asBoard(() -> dataQuality.summary(Scope.province(), TODAY));
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.targets()).extracting(t -> t.projected().numerator())
                .isEqualTo(counted.targets().stream().map(t -> t.projected().numerator()).toList());
        assertThat(provisional.unprojectable()).isEqualTo(counted.unprojectable());
        assertThat(provisionalQuality.provisional()).isTrue();
        assertThat(provisionalQuality.active()).isEqualTo(countedQuality.active());
        assertThat(provisionalQuality.problems()).isEqualTo(countedQuality.problems());
        assertThat(counted("projection", KeptCounted.READER)).isEqualTo(projections);
        assertThat(counted("quality", KeptCounted.READER)).isEqualTo(qualities);
        // one commune's page counts that commune, exact
        assertThat(asBoard(() -> forecasts.forecast(Scope.commune("xa-hung-dien"), ForecastService.defaultDate(),
                TODAY)).provisional()).isFalse();
        assertThat(counted("projection", KeptCounted.READER)).isEqualTo(projections + 1);

        // the count ahead counts the province, whatever it stored before; the reads after it count nothing
        schedule.confirmAfterStart();
        assertThat(asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY)))
                .isEqualTo(counted);
        assertThat(asBoard(() -> dataQuality.summary(Scope.province(), TODAY))).isEqualTo(countedQuality);
        assertThat(counted("projection", KeptCounted.READER)).isEqualTo(projections + 1);
        assertThat(counted("quality", KeptCounted.READER)).isEqualTo(qualities);
    }

    @Test
    void whileTheProvinceIsCountedAReadAnswersWithTheLastCountsMarkedProvisional() throws Exception {
        Forecast earlier = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        kept.awaitStored();
        // the figures of the day before, as they are at 00:01 until the count of the new day is done
        jdbc.update("UPDATE kept_figures SET as_of_date = ? WHERE kind = 'projection'", TODAY.minusDays(1));
        kept.forget();
        double before = counted("projection", KeptCounted.READER);
        try (AutoCloseable underWay = kept.wholeCountUnderWay("projection")) {
            Forecast today = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
            assertThat(today.provisional()).isTrue();
            assertThat(today.targets()).allMatch(Forecast.TargetForecast::provisional);
            assertThat(today.targets()).extracting(t -> t.projected().numerator())
                    .isEqualTo(earlier.targets().stream().map(t -> t.projected().numerator()).toList());
            assertThat(today.unprojectable()).isEqualTo(earlier.unprojectable());
        }
        assertThat(counted("projection", KeptCounted.READER)).isEqualTo(before);
        Forecast today = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        assertThat(today.provisional()).isFalse();
        assertThat(counted("projection", KeptCounted.READER)).isEqualTo(before + communes.findAll().size());
    }

    @Test
    void withNothingCountedBeforeAReadCountsEvenWhileACountIsUnderWay() throws Exception {
        double before = counted("projection", KeptCounted.READER);
        try (AutoCloseable underWay = kept.wholeCountUnderWay("projection")) {
            Forecast today = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
            assertThat(today.provisional()).isFalse();
        }
        assertThat(counted("projection", KeptCounted.READER)).isEqualTo(before + communes.findAll().size());
    }

    private double counted(String kind, String by) {
        return KeptCounted.communes(meters, kind, by);
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}

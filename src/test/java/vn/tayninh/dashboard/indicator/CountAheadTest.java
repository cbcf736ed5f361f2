package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.QualityCache;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The count ahead after a start (and at 00:01, the same call) fills what is kept for the province: the projection to
 * 2030 and the data quality are then read without a count; and while the province's projection is being counted, a
 * read of another date answers with the last counts made, marked provisional. Counts are read from the metrics
 * {@code forecast.recount.communes} and {@code quality.recount}.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class CountAheadTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    LiveCountsSchedule schedule;
    @Autowired
    ProjectedCounts projected;
    @Autowired
    QualityCache quality;
    @Autowired
    ForecastService forecasts;
    @Autowired
    DataQuality dataQuality;
    @Autowired
    CommuneService communes;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void nothingKept() {
        projected.forget();
        quality.forget();
    }

    @Test
    void theCountAheadAfterAStartFillsWhatIsKept() {
        double projections = recounts("forecast.recount.communes");
        double qualities = recounts("quality.recount");
        schedule.confirmAfterStart();
        int all = communes.findAll().size();
        assertThat(recounts("forecast.recount.communes")).isEqualTo(projections + all);
        assertThat(recounts("quality.recount")).isEqualTo(qualities + 1);

        Forecast province = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        asBoard(() -> forecasts.projectedIfReadable(Scope.commune("xa-hung-dien"), TODAY, false));
        asBoard(() -> dataQuality.summary(Scope.province(), TODAY));
        asBoard(() -> dataQuality.ranking(Scope.province(), TODAY));
        assertThat(province.provisional()).isFalse();
        assertThat(recounts("forecast.recount.communes")).isEqualTo(projections + all);
        assertThat(recounts("quality.recount")).isEqualTo(qualities + 1);
    }

    @Test
    void afterARestartTheCountsStoredByTheLastCountAheadAnswerProvisionalUntilItIsDoneAgain() {
        schedule.countAhead();
        Forecast counted = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        QualityCounts countedQuality = asBoard(() -> dataQuality.summary(Scope.province(), TODAY));
        // a restart: nothing kept in memory; the start-up task reads back what the count ahead stored
        projected.forget();
        quality.forget();
        forecasts.countComing();
        quality.countComing();
        double projections = recounts("forecast.recount.communes");
        double qualities = recounts("quality.recount");

        Forecast provisional = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        QualityCounts provisionalQuality = asBoard(() -> dataQuality.summary(Scope.province(), TODAY));
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.targets()).extracting(t -> t.projected().numerator())
                .isEqualTo(counted.targets().stream().map(t -> t.projected().numerator()).toList());
        assertThat(provisional.unprojectable()).isEqualTo(counted.unprojectable());
        assertThat(provisionalQuality.provisional()).isTrue();
        assertThat(provisionalQuality.active()).isEqualTo(countedQuality.active());
        assertThat(provisionalQuality.problems()).isEqualTo(countedQuality.problems());
        assertThat(recounts("forecast.recount.communes")).isEqualTo(projections);
        assertThat(recounts("quality.recount")).isEqualTo(qualities);
        // one commune's page counts that commune, exact
        assertThat(asBoard(() -> forecasts.forecast(Scope.commune("xa-hung-dien"), ForecastService.defaultDate(),
                TODAY)).provisional()).isFalse();
        assertThat(recounts("forecast.recount.communes")).isEqualTo(projections + 1);
        projections += 1;

        // the count ahead counts the province, whatever it stored before; the reads after it count nothing
        schedule.countAhead();
        assertThat(recounts("forecast.recount.communes")).isEqualTo(projections + communes.findAll().size());
        assertThat(recounts("quality.recount")).isEqualTo(qualities + 1);
        assertThat(asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY)))
                .isEqualTo(counted);
        assertThat(asBoard(() -> dataQuality.summary(Scope.province(), TODAY))).isEqualTo(countedQuality);
        assertThat(recounts("forecast.recount.communes")).isEqualTo(projections + communes.findAll().size());
        assertThat(recounts("quality.recount")).isEqualTo(qualities + 1);
    }

    @Test
    void whileTheProvinceIsCountedAReadAnswersWithTheLastCountsMarkedProvisional() throws Exception {
        Forecast yesterday = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(),
                TODAY.minusDays(1)));
        double before = recounts("forecast.recount.communes");
        try (AutoCloseable underWay = projected.wholeCountUnderWay()) {
            Forecast today = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
            assertThat(today.provisional()).isTrue();
            assertThat(today.targets()).allMatch(Forecast.TargetForecast::provisional);
            // the same counts, judged at today's date: yesterday's figures
            assertThat(today.targets()).extracting(t -> t.projected().numerator())
                    .isEqualTo(yesterday.targets().stream().map(t -> t.projected().numerator()).toList());
            assertThat(today.unprojectable()).isEqualTo(yesterday.unprojectable());
        }
        assertThat(recounts("forecast.recount.communes")).isEqualTo(before);
        Forecast today = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
        assertThat(today.provisional()).isFalse();
        assertThat(recounts("forecast.recount.communes")).isEqualTo(before + communes.findAll().size());
    }

    @Test
    void withNothingCountedBeforeAReadCountsEvenWhileACountIsUnderWay() throws Exception {
        double before = recounts("forecast.recount.communes");
        try (AutoCloseable underWay = projected.wholeCountUnderWay()) {
            Forecast today = asBoard(() -> forecasts.forecast(Scope.province(), ForecastService.defaultDate(), TODAY));
            assertThat(today.provisional()).isFalse();
        }
        assertThat(recounts("forecast.recount.communes")).isEqualTo(before + communes.findAll().size());
    }

    private double recounts(String metric) {
        return meters.get(metric).counter().count();
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}

package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;

/**
 * More readers than pooled connections, all finding the stored figures out of date at the same moment: each
 * recounts on the one connection it holds and none waits for a second one to store its rows. (When a reader did
 * wait for a second connection, readers holding every connection of the pool each waited for another, and every
 * request stalled until the pool's time-out: found by the load test with 200 people.)
 */
@SpringBootTest(properties = {"app.demo-data=true", "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.minimum-idle=2", "spring.datasource.hikari.connection-timeout=5000"})
@ActiveProfiles("test")
@DirtiesContext
class LiveCountsPoolTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;
    private static final int READERS = 6;

    @Autowired
    IndicatorEngine engine;
    @Autowired
    KeptFigures live;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readersRecountingAtOnceNeverWaitForASecondConnection() throws Exception {
        jdbc.update("DELETE FROM kept_figures");
        live.forget();
        CyclicBarrier start = new CyclicBarrier(READERS);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<Overview>> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    Overview overview = engine.overview(Scope.province(), TODAY, 2026);
                    engine.breakdowns(Scope.province(), TODAY);
                    return overview;
                }));
            }
            for (Future<Overview> reader : readers) {
                // a reader refused a connection ends with CannotCreateTransactionException here
                assertThat(reader.get(60, TimeUnit.SECONDS).communes()).hasSize(96);
            }
        } finally {
            pool.shutdownNow();
        }

        live.awaitStored();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kept_figures WHERE kind = 'counts' AND as_of_date = ?",
                Integer.class, TODAY))
                .isEqualTo(96);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kept_figures WHERE kind = 'breakdowns' AND as_of_date = ?",
                Integer.class, TODAY)).isEqualTo(96);
    }
}

package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Who waits for the count after a write, as in production ({@code app.live-figures.writer-waits=false}): the write
 * returns at once; while the round counting it is held (a kind of figures whose count waits at a gate on the round's
 * thread), another person's read returns at once with the figures before the write, and the writer's own read waits
 * for the round and shows the write.
 */
@SpringBootTest(properties = {"app.live-figures.writer-waits=false", "app.live-figures.own-write-wait=60s"})
@ActiveProfiles("test")
@DirtiesContext
class KeptAfterWritesTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    KeptFigures kept;
    @Autowired
    GatedCadres kind;
    @Autowired
    CadreEditor editor;
    @Autowired
    CommuneService communes;

    @Test
    void theWriterWaitsForTheirOwnWriteAndNobodyElseDoes() throws Exception {
        long commune = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        long before = read(Role.BOARD, null, commune);
        kept.awaitStored();

        CountDownLatch gate = new CountDownLatch(1);
        kind.hold(gate);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, commune,
                () -> editor.create(commune, person())));
        write.get(30, TimeUnit.SECONDS); // returned while the round is held at the gate
        assertThat(kind.roundEntered.await(30, TimeUnit.SECONDS)).as("the round counting the write began").isTrue();

        assertThat(read(Role.BOARD, null, commune)).as("another person: the figures before the write, at once")
                .isEqualTo(before);

        Thread[] reader = new Thread[1];
        CompletableFuture<Long> own = CompletableFuture.supplyAsync(() -> {
            reader[0] = Thread.currentThread();
            return read(Role.COMMUNE_EDITOR, commune, commune);
        });
        while (reader[0] == null || reader[0].getState() != Thread.State.TIMED_WAITING) {
            assertThat(own).as("the writer's read waits for the round").isNotDone();
            Thread.onSpinWait();
        }
        assertThat(own).isNotDone();
        gate.countDown();
        assertThat(own.get(30, TimeUnit.SECONDS)).as("the writer's own read shows the write").isEqualTo(before + 1);
        assertThat(read(Role.BOARD, null, commune)).as("and everyone's, once counted").isEqualTo(before + 1);
    }

    private long read(Role role, Long own, long commune) {
        return TestUsers.callAs(role, own, () -> kept.read(kind, "", TODAY, List.of(commune), false, false)
                .byCommune().get(commune));
    }

    private static CadreForm person() {
        CadreForm form = new CadreForm();
        form.setFullName("Người Viết Mới");
        form.setBirthDate(LocalDate.of(1990, 5, 5));
        form.setEducation(Education.DAI_HOC);
        form.setStartDate(TODAY.minusDays(10));
        return form;
    }

    /** The active cadres of each commune; a count on the round's thread waits at the gate while one is set. */
    static class GatedCadres implements KeptKind<String, Long> {

        private final NamedParameterJdbcTemplate jdbc;
        private volatile CountDownLatch gate;
        final CountDownLatch roundEntered = new CountDownLatch(1);

        GatedCadres(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void hold(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public String name() {
            return "test-cadres";
        }

        @Override
        public String variant(String params) {
            return "";
        }

        @Override
        public String params(String variant) {
            return "";
        }

        @Override
        public Map<Long, Long> count(LocalDate asOf, String params, Collection<Long> communeIds) {
            CountDownLatch held = gate;
            if (held != null && Thread.currentThread().getName().equals("kept-figures-writes")) {
                roundEntered.countDown();
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Map<Long, Long> counted = new HashMap<>();
            jdbc.query("SELECT commune_id, COUNT(*) FROM cadre WHERE end_date IS NULL"
                    + (communeIds == null ? "" : " AND commune_id IN (:ids)") + " GROUP BY commune_id",
                    new MapSqlParameterSource("ids", communeIds == null ? List.of(-1L) : communeIds),
                    rs -> {
                        counted.put(rs.getLong(1), rs.getLong(2));
                    });
            return counted;
        }

        @Override
        public Long none(String params) {
            return 0L;
        }

        @Override
        public String signature() {
            return "tc";
        }

        @Override
        public void write(Long figures, KeptText.Writer out) {
            out.number(figures);
        }

        @Override
        public Long read(KeptText.Reader in) {
            return in.number();
        }
    }

    @TestConfiguration
    static class Gated {
        @Bean
        GatedCadres gatedCadres(NamedParameterJdbcTemplate jdbc) {
            return new GatedCadres(jdbc);
        }
    }
}

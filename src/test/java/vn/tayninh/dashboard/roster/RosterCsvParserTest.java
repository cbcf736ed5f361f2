package vn.tayninh.dashboard.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;

/** Reading and checking the roster file, without a database: every fault with its line and column. */
class RosterCsvParserTest {

    static final String HEADER = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,"
            + "stem,bloc,titles,committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained,"
            + "rating_2025,rating_2026\n";
    static final LocalDate IMPORT_DATE = LocalDate.of(2026, 6, 1);

    private final Commune tanNinh = new Commune("phuong-tan-ninh", "25459", "Phường Tân Ninh", CommuneType.PHUONG,
            "Tây Ninh", "Thành phố Tây Ninh", false, false);

    @Test
    void validRowsBecomeRecordsStartingOnTheImportDate() throws IOException {
        RosterCsvParser.Result result = parse(HEADER
                + "phuong-tan-ninh,Nguyễn Thị Ánh,nu,1985-02-03,Khmer,THAC_SI,CU_NHAN_CAO_CAP,TRUE,DANG_DOAN_THE,"
                + "CT_HDND;BI_THU,BTV,true,false,False,true,HTXS,\n"
                + "phuong-tan-ninh,\"Trần Văn Bình, con\",,,,,,false,,,NONE,false,false,true,false,,KHT\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.communeCodes()).containsExactly("phuong-tan-ninh");
        assertThat(result.records()).hasSize(2);
        CadreRecord first = result.records().getFirst();
        Cadre cadre = first.cadre();
        assertThat(cadre.getCommune()).isSameAs(tanNinh);
        assertThat(cadre.getFullName()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(cadre.getGender()).isEqualTo(Gender.NU);
        assertThat(cadre.getBirthDate()).isEqualTo(LocalDate.of(1985, 2, 3));
        assertThat(cadre.getEthnicity()).isEqualTo("Khmer");
        assertThat(cadre.getEducation()).isEqualTo(Education.THAC_SI);
        assertThat(cadre.getPoliticalTheory()).isEqualTo(PoliticalTheory.CU_NHAN_CAO_CAP);
        assertThat(cadre.isStem()).isTrue();
        assertThat(cadre.getBloc()).isEqualTo(Bloc.DANG_DOAN_THE);
        assertThat(cadre.isPlannedKeyTitle()).isTrue();
        assertThat(cadre.isPlannedCommittee()).isFalse();
        assertThat(cadre.isSourcePool()).isFalse();
        assertThat(cadre.isLlctAdvancedTrained()).isTrue();
        assertThat(cadre.getStartDate()).isEqualTo(IMPORT_DATE);
        // BTV members sit on the executive committee too
        assertThat(first.positions()).containsExactlyInAnyOrder(
                Position.BI_THU, Position.CT_HDND, Position.BCH, Position.BTV);
        assertThat(first.ratings()).containsExactlyEntriesOf(Map.of(2025, Rating.HTXS));

        CadreRecord second = result.records().get(1);
        assertThat(second.cadre().getFullName()).isEqualTo("Trần Văn Bình, con");
        assertThat(second.cadre().getGender()).isNull();
        assertThat(second.cadre().getBirthDate()).isNull();
        assertThat(second.cadre().getEthnicity()).isNull();
        assertThat(second.cadre().getEducation()).isNull();
        assertThat(second.cadre().getBloc()).isNull();
        assertThat(second.cadre().isSourcePool()).isTrue();
        assertThat(second.positions()).isEmpty();
        assertThat(second.ratings()).containsExactlyEntriesOf(Map.of(2026, Rating.KHT));
    }

    @Test
    void everyFaultIsReportedWithItsLineAndColumn() throws IOException {
        RosterCsvParser.Result result = parse(HEADER
                // line 2: valid
                + "phuong-tan-ninh,Lê Văn An,NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,CT_UBND,BCH,"
                + "false,false,false,false,HTT,HT\n"
                // line 3
                + "xa-khong-co,  ,NU,1990-13-01,Kinh,DAI_HOC,TRUNG_CAP,yes,NHA_NUOC,BI_THU;BI_THU,BCH,"
                + "true,false,false,false,HTT,\n"
                // line 4
                + "phuong-tan-ninh,Lê Văn Bé,X,2015-01-01," + "x".repeat(41) + ",KHONG,LOP_3,false,NHA_NUOC_X,"
                + "PCT_UBND;BCH;GIAM_DOC,ABC,false,false,false,false,A,\n"
                // line 5: two cells missing
                + "phuong-tan-ninh,Lê Văn Cường,NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,false,false\n"
                // line 6: blank, skipped
                + "\n"
                // lines 7-8: a quoted ethnicity spanning two lines holds a line break, which no text may hold
                + "phuong-tan-ninh,Lê Văn Dũng,NAM,1980-01-01,\"Kinh\nHoa\",DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,,\n"
                // line 9: empty committee and empty flag; a name of 121 characters
                + "phuong-tan-ninh," + "Ê".repeat(121) + ",NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,"
                + "BI_THU;,,false,false,false,,HTXS,KHT\n");

        assertThat(result.errors()).extracting(ImportError::line, ImportError::column).containsExactly(
                tuple(3, "Xã, phường"), tuple(3, "Họ và tên"), tuple(3, "Ngày sinh"), tuple(3, "Khoa học, công nghệ"),
                tuple(3, "Chức danh"),
                tuple(4, "Giới tính"), tuple(4, "Ngày sinh"), tuple(4, "Dân tộc"), tuple(4, "Trình độ chuyên môn"),
                tuple(4, "Lý luận chính trị"), tuple(4, "Khối"), tuple(4, "Chức danh"), tuple(4, "Chức danh"),
                tuple(4, "Cấp ủy"), tuple(4, "Xếp loại 2025"),
                tuple(5, null),
                tuple(7, "Dân tộc"),
                tuple(9, "Họ và tên"), tuple(9, "Chức danh"), tuple(9, "Cấp ủy"), tuple(9, "Đã đào tạo cao cấp LLCT"));
        assertThat(result.errors()).extracting(ImportError::message).containsSubsequence(
                "Không có xã, phường có mã hoặc tên này: xa-khong-co",
                "Họ tên phải có từ 1 đến 120 ký tự",
                "Ngày sinh phải có dạng dd/MM/yyyy (như 03/02/1985) hoặc YYYY-MM-DD: 1990-13-01",
                "Giá trị phải là Có hoặc Không (true, false): yes",
                "Chức danh bị lặp lại: BI_THU",
                "Giới tính phải là Nam, Nữ (NAM, NU) hoặc để trống",
                "Tuổi tại ngày nhập phải từ 18 đến 70 (ngày sinh 01/01/2015)",
                "Dân tộc không được quá 40 ký tự",
                "Ủy viên BCH, BTV ghi ở cột Cấp ủy, không ghi ở cột Chức danh: BCH",
                "Chức danh không hợp lệ: GIAM_DOC",
                "Cấp ủy phải là Không, Ủy viên BCH hoặc Ủy viên BTV (NONE, BCH, BTV): ABC",
                "Xếp loại phải là một trong bốn mức (Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ; HTXS, HTT, HT, KHT) hoặc để trống: A",
                "Dòng có 13 ô nhưng tiêu đề có 17 cột",
                "Ô không được có ký tự điều khiển (như U+0000, tab, xuống dòng)");
        assertThat(result.errorCount()).isEqualTo(21);
        // a faulty file is never written, so no record is kept; the faulty commune code still counts for the
        // authorization check
        assertThat(result.records()).isEmpty();
        assertThat(result.communeCodes()).containsExactly("phuong-tan-ninh");
    }

    @Test
    void thePlanningColumnGivesTitlesAndTermsAndTheOldColumnsAreOnlyChecked() throws IOException {
        String header = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,titles,"
                + "committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained,planning\n";
        RosterCsvParser parser = new RosterCsvParser(Map.of(tanNinh.getCode(), tanNinh), IMPORT_DATE,
                java.util.Set.of("2025-2030", "2030-2035"));
        RosterCsvParser.Result result = parser.parse(new ByteArrayInputStream((header
                + "phuong-tan-ninh,Lê Thị Quy,NU,1988-01-01,Kinh,DAI_HOC,CU_NHAN_CAO_CAP,false,DANG_DOAN_THE,,BCH,true,true,"
                + "false,false,\"Bí thư 2030-2035; ủy viên btv 2030–2035;Diện tạo nguồn 2025-2030\"\n"
                + "phuong-tan-ninh,Lê Văn Không,NAM,1980-01-01,Kinh,DAI_HOC,CU_NHAN_CAO_CAP,false,DANG_DOAN_THE,,NONE,true,false,"
                + "false,false,\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(result.errors()).isEmpty();
        CadreRecord planned = result.records().getFirst();
        assertThat(planned.planned()).containsExactly("BI_THU 2030-2035", "BTV 2030-2035", "SOURCE 2025-2030");
        // the entries come from the planning column: the flags make none
        assertThat(planned.cadre().isPlannedKeyTitle()).isFalse();
        assertThat(planned.cadre().isPlannedCommittee()).isFalse();
        assertThat(result.records().get(1).planned()).isEmpty();
        assertThat(result.records().get(1).cadre().isPlannedKeyTitle()).isFalse();

        RosterCsvParser.Result refused = new RosterCsvParser(Map.of(tanNinh.getCode(), tanNinh), IMPORT_DATE,
                java.util.Set.of("2030-2035")).parse(new ByteArrayInputStream((header
                + "phuong-tan-ninh,Lê Thị Sai,NU,1988-01-01,Kinh,DAI_HOC,CU_NHAN_CAO_CAP,false,DANG_DOAN_THE,,NONE,false,false,"
                + "false,false,Chủ tịch nước 2030-2035;BCH 2040-2045;BCH 2030-2035;BCH 2030-2035;Bí thư\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.records()).isEmpty();
        assertThat(refused.errors()).extracting(e -> e.line() + " " + e.column() + ": " + e.message())
                .containsExactly(
                        "2 Quy hoạch theo chức danh và nhiệm kỳ: Không đọc được mục quy hoạch \"Chủ tịch nước 2030-2035\": ghi"
                                + " chức danh rồi nhiệm kỳ, ví dụ \"Bí thư 2030-2035\" hoặc \"Diện tạo nguồn 2030-2035\","
                                + " các mục cách nhau bằng dấu chấm phẩy",
                        "2 Quy hoạch theo chức danh và nhiệm kỳ: Nhiệm kỳ của mục quy hoạch \"BCH 2040-2045\" chưa có trong"
                                + " hệ thống (các nhiệm kỳ: 2030-2035)",
                        "2 Quy hoạch theo chức danh và nhiệm kỳ: Mục quy hoạch \"BCH 2030-2035\" ghi hai lần",
                        "2 Quy hoạch theo chức danh và nhiệm kỳ: Không đọc được mục quy hoạch \"Bí thư\": ghi chức danh rồi"
                                + " nhiệm kỳ, ví dụ \"Bí thư 2030-2035\" hoặc \"Diện tạo nguồn 2030-2035\", các mục cách"
                                + " nhau bằng dấu chấm phẩy");
    }

    @Test
    void controlCharactersAreRefusedInNamesAndEthnicities() throws IOException {
        RosterCsvParser.Result result = parse(HEADER
                + "phuong-tan-ninh,Lê Văn\u0000An,NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,,\n"
                + "phuong-tan-ninh,Lê Văn Bình,NAM,1980-01-01,Ki\u0007nh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,,\n");

        assertThat(result.errors()).extracting(ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(
                        tuple(2, "Họ và tên", "Ô không được có ký tự điều khiển (như U+0000, tab, xuống dòng)"),
                        tuple(3, "Dân tộc", "Ô không được có ký tự điều khiển (như U+0000, tab, xuống dòng)"));
        assertThat(result.records()).isEmpty();
    }

    @Test
    void headerFaultsAreOnLineOneAndNameTheColumn() throws IOException {
        RosterCsvParser.Result result = parse(
                "commune_code,full_name,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,"
                + "titles,committee,planned_key_title,planned_committee,source_pool,nickname,rating_1999,"
                + "rating_25,rating_2025,rating_2025\n");

        assertThat(result.errors()).extracting(ImportError::line, ImportError::column).containsExactly(
                tuple(1, "full_name"), tuple(1, "nickname"), tuple(1, "rating_1999"), tuple(1, "rating_25"),
                tuple(1, "rating_2025"), tuple(1, "Đã đào tạo cao cấp LLCT"), tuple(2, null));
        assertThat(result.errors().get(5).message()).isEqualTo("Thiếu cột bắt buộc: Đã đào tạo cao cấp LLCT (hoặc llct_advanced_trained)");
    }

    @Test
    void byteOrderMarkIsAcceptedAndColumnsMayComeInAnyOrder() throws IOException {
        RosterCsvParser.Result result = parse("\uFEFFfull_name,commune_code,gender,birth_date,ethnicity,education,"
                + "political_theory,stem,bloc,titles,committee,planned_key_title,planned_committee,source_pool,"
                + "llct_advanced_trained\r\nVõ Thị Hạnh,phuong-tan-ninh,NU,,,,,false,,,NONE,false,false,false,false\r\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).singleElement()
                .satisfies(r -> assertThat(r.cadre().getFullName()).isEqualTo("Võ Thị Hạnh"));
    }

    @Test
    void emptyFilesAndBrokenFilesAreRefused() throws IOException {
        assertThat(parse("").errors()).extracting(ImportError::line, ImportError::message)
                .containsExactly(tuple(1, "Tệp trống: thiếu dòng tiêu đề"));
        assertThat(parse(HEADER).errors()).extracting(ImportError::line, ImportError::message)
                .containsExactly(tuple(2, "Tệp không có dòng cán bộ nào"));
        assertThat(parse(HEADER + "phuong-tan-ninh,\"Lê Văn An,NAM\n").errors())
                .extracting(ImportError::line, ImportError::column).containsExactly(tuple(2, null));

        byte[] latin1 = (HEADER + "phuong-tan-ninh,Lê Văn An,NAM,,,,,false,,,NONE,false,false,false,false,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parser().parse(new ByteArrayInputStream(latin1)).errors())
                .extracting(ImportError::message).containsExactly("Tệp CSV phải được lưu với bảng mã UTF-8: trong Excel chọn Lưu thành \"CSV UTF-8\", hoặc lưu dạng .xlsx");
    }

    @Test
    void trainingInProgressIsReadFromTheOptionalColumnsAndCheckedByTheFormsRules() throws IOException {
        String header = HEADER.replace("llct_advanced_trained,", "llct_advanced_trained,studying_for,study_end,"
                + "llct_studying_for,llct_study_end,");
        RosterCsvParser.Result good = parse(header
                + "phuong-tan-ninh,Lê Văn An,NAM,1980-01-01,Kinh,DAI_HOC,SO_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,THAC_SI,2028-06-30,TRUNG_CAP,2027-01-15,,\n"
                + "phuong-tan-ninh,Lê Văn Bình,NAM,1980-01-01,Kinh,DAI_HOC,SO_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,,,,,,\n");
        assertThat(good.errors()).isEmpty();
        Cadre studying = good.records().getFirst().cadre();
        assertThat(studying.getStudyingFor()).isEqualTo(Education.THAC_SI);
        assertThat(studying.getStudyEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(studying.getLlctStudyingFor()).isEqualTo(PoliticalTheory.TRUNG_CAP);
        assertThat(studying.getLlctStudyEnd()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(good.records().get(1).cadre().getStudyingFor()).isNull();
        assertThat(good.records().get(1).cadre().getStudyEnd()).isNull();

        RosterCsvParser.Result bad = parse(header
                // a level below the one held (its end is then left unchecked), an end without a level
                + "phuong-tan-ninh,Lê Văn An,NAM,1980-01-01,Kinh,THAC_SI,TRUNG_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,DAI_HOC,2028-06-30,,2027-01-15,,\n"
                // a level without its end, a level that is not a course, a date that is no date
                + "phuong-tan-ninh,Lê Văn Bình,NAM,1980-01-01,Kinh,DAI_HOC,SO_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,TIEN_SI,,SO_CAP,2027-01-15,,\n"
                + "phuong-tan-ninh,Lê Văn Châu,NAM,1980-01-01,Kinh,DAI_HOC,SO_CAP,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,,,TRUNG_CAP,2027-02-30,,\n"
                // an end more than ten years after the import
                + "phuong-tan-ninh,Lê Văn Cường,NAM,1980-01-01,Kinh,,,false,NHA_NUOC,,NONE,"
                + "false,false,false,false,DAI_HOC,2036-06-02,,,,\n");
        assertThat(bad.errors()).extracting(ImportError::line, ImportError::column, ImportError::message).containsExactly(
                tuple(2, "Đang học trình độ", "Trình độ đang học phải là đại học, thạc sĩ hoặc tiến sĩ và cao hơn trình độ"
                        + " chuyên môn hiện có"),
                tuple(2, "Ngày kết thúc khóa lý luận chính trị", "Chỉ nhập ngày kết thúc khóa học khi có trình độ đang học"),
                tuple(3, "Ngày kết thúc khóa học", "Bắt buộc nhập"),
                tuple(3, "Đang học lý luận chính trị", "Lý luận chính trị đang học phải là trung cấp hoặc cao cấp và cao hơn"
                        + " trình độ hiện có"),
                tuple(4, "Ngày kết thúc khóa lý luận chính trị", "Ngày phải có dạng dd/MM/yyyy (như 30/06/2028) hoặc YYYY-MM-DD: 2027-02-30"),
                tuple(5, "Ngày kết thúc khóa học", "Ngày kết thúc khóa học phải từ 01/01/2020 đến 01/06/2036"));
        assertThat(bad.records()).isEmpty();
    }

    /** The header of the form people read, as the export writes it. */
    static final String LABEL_HEADER = "Xã, phường;Họ và tên;Giới tính;Ngày sinh;Dân tộc;Trình độ chuyên môn;"
            + "Lý luận chính trị;Khoa học, công nghệ;Khối;Chức danh;Cấp ủy;Quy hoạch chức danh chủ chốt;"
            + "Quy hoạch cấp ủy;Nguồn cán bộ trẻ;Đã đào tạo cao cấp LLCT;Đang học trình độ;Ngày kết thúc khóa học;"
            + "Xếp loại 2025\r\n";

    @Test
    void aCsvSavedByExcelOnAVietnamesePcReadsWithItsHeadersLabelsAndDates() throws IOException {
        // Excel's "CSV UTF-8" where the list separator is a semicolon: a byte-order mark, semicolons, dd/MM/yyyy
        RosterCsvParser.Result result = parse("\uFEFF" + LABEL_HEADER
                + "Phường Tân Ninh;Nguyễn Thị Ánh;Nữ;03/02/1985;Khmer;Thạc sĩ;\"Cao cấp, cử nhân\";Có;"
                + "\"Đảng, đoàn thể\";\"Bí thư; Chủ tịch HĐND\";Ủy viên BTV;có;Không;KHÔNG;Có;Tiến sĩ;30/6/2028;"
                + "Hoàn thành tốt nhiệm vụ\r\n"
                // codes and ISO dates still read, in the same file; extra spaces and case do not matter
                + "phuong-tan-ninh;Trần Văn Bình;NAM;1980-01-01;;DAI_HOC;trung_cap;false;NHA_NUOC;;NONE;"
                + "false;false;true;false;;;  hoàn thành   XUẤT SẮC nhiệm vụ \r\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).hasSize(2);
        CadreRecord first = result.records().getFirst();
        Cadre cadre = first.cadre();
        assertThat(cadre.getCommune()).isSameAs(tanNinh);
        assertThat(cadre.getGender()).isEqualTo(Gender.NU);
        assertThat(cadre.getBirthDate()).isEqualTo(LocalDate.of(1985, 2, 3));
        assertThat(cadre.getEducation()).isEqualTo(Education.THAC_SI);
        assertThat(cadre.getPoliticalTheory()).isEqualTo(PoliticalTheory.CU_NHAN_CAO_CAP);
        assertThat(cadre.isStem()).isTrue();
        assertThat(cadre.getBloc()).isEqualTo(Bloc.DANG_DOAN_THE);
        assertThat(cadre.isPlannedKeyTitle()).isTrue();
        assertThat(cadre.isPlannedCommittee()).isFalse();
        assertThat(cadre.isSourcePool()).isFalse();
        assertThat(cadre.isLlctAdvancedTrained()).isTrue();
        assertThat(cadre.getStudyingFor()).isEqualTo(Education.TIEN_SI);
        assertThat(cadre.getStudyEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(first.positions()).containsExactlyInAnyOrder(
                Position.BI_THU, Position.CT_HDND, Position.BCH, Position.BTV);
        assertThat(first.ratings()).containsExactlyEntriesOf(Map.of(2025, Rating.HTT));
        CadreRecord second = result.records().get(1);
        assertThat(second.cadre().getPoliticalTheory()).isEqualTo(PoliticalTheory.TRUNG_CAP);
        assertThat(second.cadre().isSourcePool()).isTrue();
        assertThat(second.ratings()).containsExactlyEntriesOf(Map.of(2025, Rating.HTXS));
    }

    @Test
    void headersAreMatchedWithoutCaseExtraSpacesOrDiacritics() throws IOException {
        RosterCsvParser.Result result = parse("\"XA,  PHUONG\",\"ho  va ten\",gioi tinh,NGÀY SINH,dan toc,"
                + "Trinh do chuyen mon,ly luan chinh tri,\"khoa hoc, cong nghe\",khoi,chuc danh,CAP UY,"
                + "quy hoach chuc danh chu chot,quy hoach cap uy,nguon can bo tre,da dao tao cao cap llct,xep loai nam 2026\n"
                + "xa-khong-co,Lê An,Nam,31/02/1980,,Đại học,,Có,,Giám đốc,Ủy viên,Có,Không,Không,Không,Tốt\n");

        assertThat(result.errors()).extracting(ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(
                        tuple(2, "Xã, phường", "Không có xã, phường có mã hoặc tên này: xa-khong-co"),
                        tuple(2, "Ngày sinh", "Ngày sinh phải có dạng dd/MM/yyyy (như 03/02/1985) hoặc YYYY-MM-DD: "
                                + "31/02/1980"),
                        tuple(2, "Chức danh", "Chức danh không hợp lệ: Giám đốc"),
                        tuple(2, "Cấp ủy", "Cấp ủy phải là Không, Ủy viên BCH hoặc Ủy viên BTV (NONE, BCH, BTV): "
                                + "Ủy viên"),
                        tuple(2, "Xếp loại 2026", "Xếp loại phải là một trong bốn mức (Hoàn thành xuất sắc nhiệm vụ, "
                                + "Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ; HTXS, HTT, "
                                + "HT, KHT) hoặc để trống: Tốt"));
        assertThat(result.errorCount()).isEqualTo(5);
    }

    @Test
    void communesAreFoundByNameWithTheirDiacriticsWhenTwoNamesDifferOnlyByThem() throws IOException {
        Commune thanh = new Commune("xa-tan-thanh-25534", "25534", "Xã Tân Thành", CommuneType.XA, "Tây Ninh", "",
                false, false);
        Commune thanhDot = new Commune("xa-tan-thanh-27826", "27826", "Xã Tân Thạnh", CommuneType.XA, "Long An", "",
                false, false);
        RosterCsvParser parser = new RosterCsvParser(Map.of(thanh.getCode(), thanh, thanhDot.getCode(), thanhDot,
                tanNinh.getCode(), tanNinh), IMPORT_DATE);
        String row = ",Lê Văn An,NAM,1980-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,false,false,false,false,,\n";
        RosterCsvParser.Result result = parser.parse(new ByteArrayInputStream((HEADER
                + "\"XÃ  TÂN THÀNH\"" + row + "Xã Tân Thạnh" + row + "phuong tan ninh" + row + "xa tan thanh" + row)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(result.errors()).extracting(ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(tuple(5, "Xã, phường", "Không có xã, phường có mã hoặc tên này: xa tan thanh"));
        assertThat(result.communeCodes()).containsExactly("phuong-tan-ninh", "xa-tan-thanh-25534", "xa-tan-thanh-27826");
    }

    @Test
    void filesThatAreNoSpreadsheetAreRefusedWithOneClearFault() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] png = new byte[64];
        png[0] = (byte) 0x89;
        byte[] utf16 = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
        assertThat(parser().parse(new ByteArrayInputStream(pdf)).errors())
                .extracting(ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(tuple(1, null, "Tệp không phải bảng tính CSV hay Excel (.xlsx)"));
        assertThat(parser().parse(new ByteArrayInputStream(png)).errors()).extracting(ImportError::message)
                .containsExactly("Tệp không phải bảng tính CSV hay Excel (.xlsx)");
        assertThat(parser().parse(new ByteArrayInputStream(xls)).errors()).extracting(ImportError::message)
                .containsExactly("Tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu không đọc được: hãy lưu thành "
                        + "\"Excel Workbook (.xlsx)\" hoặc \"CSV UTF-8\" không đặt mật khẩu");
        assertThat(parser().parse(new ByteArrayInputStream(utf16)).errors()).extracting(ImportError::message)
                .containsExactly("Tệp CSV phải được lưu với bảng mã UTF-8: trong Excel chọn Lưu thành \"CSV UTF-8\", "
                        + "hoặc lưu dạng .xlsx");
    }

    @Test
    void everyCodedValueHasACodeAndALabelThatReadBackAndNoTwoValuesOfAColumnReadAlike() {
        for (Class<? extends Enum<?>> type : java.util.List.of(Gender.class, Education.class, PoliticalTheory.class,
                Bloc.class, Position.class, Rating.class, vn.tayninh.dashboard.cadre.Committee.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                readsBack(type, value);
            }
        }
        assertThat(RosterValues.label(Education.DAI_HOC)).isEqualTo("Đại học");
        assertThat(RosterValues.label(Rating.HTT)).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(RosterValues.read(Rating.class, "hoan thanh tot nhiem vu")).contains(Rating.HTT);
        assertThat(RosterValues.read(Gender.class, "nu")).contains(Gender.NU);
        assertThat(RosterValues.flag(" CÓ ")).contains(true);
        assertThat(RosterValues.flag("x")).isEmpty();
        assertThat(RosterFormat.date("1/6/2026")).contains(LocalDate.of(2026, 6, 1));
        assertThat(RosterFormat.date("01/06/2026")).contains(LocalDate.of(2026, 6, 1));
        assertThat(RosterFormat.date("2026-06-01")).contains(LocalDate.of(2026, 6, 1));
        assertThat(RosterFormat.date("06/13/2026")).isEmpty();
        assertThat(RosterFormat.date("01/06/26")).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void readsBack(Class type, Enum<?> value) {
        assertThat(RosterValues.read(type, value.name())).contains(value);
        assertThat(RosterValues.read(type, RosterValues.label(value))).contains(value);
    }

    @Test
    void aWorkbookReadsDateCellsNumbersAndBooleansAndShortRows() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, (Object[]) LABEL_HEADER.strip().split(";"));
            row(sheet, 1, "Phường Tân Ninh", "Nguyễn Thị Ánh", "Nữ", LocalDate.of(1985, 2, 3), "Khmer", "Thạc sĩ",
                    "Trung cấp", true, "Nhà nước", "Chủ tịch UBND", "Ủy viên BCH", false, false, true, false, "Tiến sĩ",
                    LocalDate.of(2028, 6, 30), "HTXS");
            // a row of formatted but empty cells is blank
            sheet.createRow(2).createCell(3).setCellStyle(sheet.getWorkbook().createCellStyle());
            // trailing empty cells are not stored: the row is as wide as the header all the same
            row(sheet, 3, "phuong-tan-ninh", "=1+1", "NAM", "01/01/1980", 1985.0, "DAI_HOC", "", "false", "", "",
                    "NONE", "false", "false", "false", "false");
        });
        RosterCsvParser.Result result = parser().parse(new ByteArrayInputStream(xlsx));

        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).hasSize(2);
        assertThat(result.lines()).containsExactly(2, 4);
        Cadre first = result.records().getFirst().cadre();
        assertThat(first.getBirthDate()).isEqualTo(LocalDate.of(1985, 2, 3));
        assertThat(first.isStem()).isTrue();
        assertThat(first.isSourcePool()).isTrue();
        assertThat(first.getStudyEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(result.records().getFirst().positions())
                .containsExactlyInAnyOrder(Position.CT_UBND, Position.BCH);
        assertThat(result.records().getFirst().ratings()).containsExactlyEntriesOf(Map.of(2025, Rating.HTXS));
        Cadre second = result.records().get(1).cadre();
        // a text that looks like a formula is a text
        assertThat(second.getFullName()).isEqualTo("=1+1");
        assertThat(second.getBirthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        // a number in a text column reads as its plain digits
        assertThat(second.getEthnicity()).isEqualTo("1985");
        assertThat(second.getStudyingFor()).isNull();
    }

    @Test
    void aWorkbookCountingDatesFrom1904ReadsTheSameDates() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            var book = ((org.apache.poi.xssf.usermodel.XSSFWorkbook) sheet.getWorkbook()).getCTWorkbook();
            (book.isSetWorkbookPr() ? book.getWorkbookPr() : book.addNewWorkbookPr()).setDate1904(true);
            row(sheet, 0, (Object[]) HEADER.strip().split(","));
            row(sheet, 1, "phuong-tan-ninh", "Lê Văn An", "NAM", LocalDate.of(1985, 2, 3), "Kinh", "DAI_HOC",
                    "TRUNG_CAP", "false", "NHA_NUOC", "", "NONE", "false", "false", "false", "false", "HT", "");
        });
        RosterCsvParser.Result result = parser().parse(new ByteArrayInputStream(xlsx));

        assertThat(result.errors()).isEmpty();
        assertThat(result.records().getFirst().cadre().getBirthDate()).isEqualTo(LocalDate.of(1985, 2, 3));
    }

    @Test
    void formulasAndErrorValuesAreRefusedInTheirCell() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, (Object[]) HEADER.strip().split(","));
            row(sheet, 1, "phuong-tan-ninh", "Lê Văn An", "NAM", "1980-01-01", "Kinh", "DAI_HOC", "TRUNG_CAP",
                    "false", "NHA_NUOC", "", "NONE", "false", "false", "false", "false", "HT", "");
            row(sheet, 2, "phuong-tan-ninh", "Lê Văn Bình", "NAM", "1980-01-01", "Kinh", "DAI_HOC", "TRUNG_CAP",
                    "false", "NHA_NUOC", "", "NONE", "false", "false", "false", "false", "HT", "");
            sheet.getRow(2).getCell(1).setCellFormula("CONCATENATE(\"Lê \",\"Văn Bình\")");
            sheet.getRow(2).getCell(3).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });
        RosterCsvParser.Result result = parser().parse(new ByteArrayInputStream(xlsx));

        assertThat(result.errors()).extracting(ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(
                        tuple(3, "Họ và tên", "Ô có công thức: hãy sao chép rồi dán dạng giá trị (Dán đặc biệt → Giá trị)"
                                + " trước khi tải lên"),
                        tuple(3, "Ngày sinh", "Ô có giá trị lỗi của bảng tính (như #N/A, #VALUE!)"));
        assertThat(result.records()).isEmpty();
    }

    @Test
    void brokenEmptyAndBombWorkbooksAreRefusedWithOneClearFault() throws IOException {
        byte[] headerOnly = workbook(sheet -> row(sheet, 0, (Object[]) HEADER.strip().split(",")));
        assertThat(parser().parse(new ByteArrayInputStream(headerOnly)).errors())
                .extracting(ImportError::line, ImportError::message)
                .containsExactly(tuple(2, "Tệp không có dòng cán bộ nào"));
        byte[] empty = workbook(sheet -> { });
        assertThat(parser().parse(new ByteArrayInputStream(empty)).errors())
                .extracting(ImportError::line, ImportError::message)
                .containsExactly(tuple(1, "Tệp trống: thiếu dòng tiêu đề"));

        // a zip that is no workbook, and a workbook cut short
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            out.write("xin chào".getBytes(StandardCharsets.UTF_8));
        }
        String unreadable = "Tệp Excel (.xlsx) bị hỏng hoặc không phải bảng tính: hãy mở trong Excel, lưu lại dạng .xlsx"
                + " rồi tải lên";
        assertThat(parser().parse(new ByteArrayInputStream(zip.toByteArray())).errors())
                .extracting(ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(tuple(1, null, unreadable));
        assertThat(parser().parse(new ByteArrayInputStream(java.util.Arrays.copyOf(headerOnly, headerOnly.length / 2)))
                .errors()).extracting(ImportError::message).containsExactly(unreadable);

        // a worksheet of 20 MB of blanks packed into a few kilobytes
        byte[] bomb = withPart(headerOnly, "xl/worksheets/sheet1.xml",
                ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + " ".repeat(20_000_000) + "<sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(parser().parse(new ByteArrayInputStream(bomb)).errors()).extracting(ImportError::message)
                .containsExactly("Tệp Excel (.xlsx) khi giải nén quá lớn hoặc nén bất thường; hãy chia thành nhiều tệp");
    }

    /** A workbook of one sheet written by POI. */
    static byte[] workbook(java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> content) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            content.accept(workbook.createSheet("Cán bộ"));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A row of cells: texts, numbers, booleans and dates (as date cells shown dd/mm/yyyy). */
    static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, Object... values) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
        org.apache.poi.ss.usermodel.CellStyle date = sheet.getWorkbook().createCellStyle();
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
        for (int i = 0; i < values.length; i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            switch (values[i]) {
                case LocalDate day -> {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                }
                case Double number -> cell.setCellValue(number);
                case Boolean flag -> cell.setCellValue(flag);
                case String text when text.isEmpty() -> {
                    // Excel stores no empty text
                }
                default -> cell.setCellValue(values[i].toString());
            }
        }
        if (values.length > 0 && values[values.length - 1] instanceof String last && last.isEmpty()) {
            // trailing empty cells are not stored at all
            for (int i = values.length - 1; i >= 0 && "".equals(values[i]); i--) {
                row.removeCell(row.getCell(i));
            }
        }
    }

    /** The zip with one entry's content replaced. */
    static byte[] withPart(byte[] zip, String name, byte[] content) throws IOException {
        java.io.ByteArrayOutputStream result = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(result)) {
            out.setLevel(9);
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? content : in.readAllBytes());
            }
        }
        return result.toByteArray();
    }

    private RosterCsvParser.Result parse(String csv) throws IOException {
        return parser().parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private RosterCsvParser parser() {
        return new RosterCsvParser(Map.of(tanNinh.getCode(), tanNinh), IMPORT_DATE);
    }
}

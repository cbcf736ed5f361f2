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
                tuple(3, "commune_code"), tuple(3, "full_name"), tuple(3, "birth_date"), tuple(3, "stem"),
                tuple(3, "titles"),
                tuple(4, "gender"), tuple(4, "birth_date"), tuple(4, "ethnicity"), tuple(4, "education"),
                tuple(4, "political_theory"), tuple(4, "bloc"), tuple(4, "titles"), tuple(4, "titles"),
                tuple(4, "committee"), tuple(4, "rating_2025"),
                tuple(5, null),
                tuple(7, "ethnicity"),
                tuple(9, "full_name"), tuple(9, "titles"), tuple(9, "committee"), tuple(9, "llct_advanced_trained"));
        assertThat(result.errors()).extracting(ImportError::message).containsSubsequence(
                "Mã xã, phường không tồn tại: xa-khong-co",
                "Họ tên phải có từ 1 đến 120 ký tự",
                "Ngày sinh phải có dạng YYYY-MM-DD: 1990-13-01",
                "Giá trị phải là true hoặc false: yes",
                "Chức danh bị lặp lại: BI_THU",
                "Giới tính phải là NAM hoặc NU",
                "Tuổi tại ngày nhập phải từ 18 đến 70 (ngày sinh 2015-01-01)",
                "Dân tộc không được quá 40 ký tự",
                "BCH, BTV ghi ở cột committee, không ghi ở cột chức danh: BCH",
                "Chức danh không hợp lệ: GIAM_DOC",
                "Cấp ủy phải là NONE, BCH hoặc BTV: ABC",
                "Xếp loại phải là HTXS, HTT, HT, KHT hoặc để trống: A",
                "Dòng có 13 ô nhưng tiêu đề có 17 cột",
                "Ô không được có ký tự điều khiển (như U+0000, tab, xuống dòng)");
        assertThat(result.errorCount()).isEqualTo(21);
        // a faulty file is never written, so no record is kept; the faulty commune code still counts for the
        // authorization check
        assertThat(result.records()).isEmpty();
        assertThat(result.communeCodes()).containsExactly("phuong-tan-ninh");
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
                        tuple(2, "full_name", "Ô không được có ký tự điều khiển (như U+0000, tab, xuống dòng)"),
                        tuple(3, "ethnicity", "Ô không được có ký tự điều khiển (như U+0000, tab, xuống dòng)"));
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
                tuple(1, "rating_2025"), tuple(1, "llct_advanced_trained"), tuple(2, null));
        assertThat(result.errors().get(5).message()).isEqualTo("Thiếu cột bắt buộc: llct_advanced_trained");
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
                .extracting(ImportError::message).containsExactly("Tệp phải được lưu với bảng mã UTF-8");
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
                tuple(2, "studying_for", "Trình độ đang học phải là đại học, thạc sĩ hoặc tiến sĩ và cao hơn trình độ"
                        + " chuyên môn hiện có"),
                tuple(2, "llct_study_end", "Chỉ nhập ngày kết thúc khóa học khi có trình độ đang học"),
                tuple(3, "study_end", "Bắt buộc nhập"),
                tuple(3, "llct_studying_for", "Lý luận chính trị đang học phải là trung cấp hoặc cao cấp và cao hơn"
                        + " trình độ hiện có"),
                tuple(4, "llct_study_end", "Ngày phải có dạng YYYY-MM-DD: 2027-02-30"),
                tuple(5, "study_end", "Ngày kết thúc khóa học phải từ 01/01/2020 đến 01/06/2036"));
        assertThat(bad.records()).isEmpty();
    }

    private RosterCsvParser.Result parse(String csv) throws IOException {
        return parser().parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private RosterCsvParser parser() {
        return new RosterCsvParser(Map.of(tanNinh.getCode(), tanNinh), IMPORT_DATE);
    }
}

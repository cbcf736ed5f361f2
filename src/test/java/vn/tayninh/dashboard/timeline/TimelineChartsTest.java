package vn.tayninh.dashboard.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.export.ReportChart;
import vn.tayninh.dashboard.export.ReportRequest;
import vn.tayninh.dashboard.export.ReportService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Notes on the timeline reach the year chart of their scope (ratings per year, 2025 and 2026 in the demo data) in
 * the meeting pack, which the dashboard draws from the same chart definition: a province note on every scope, a
 * commune's note on that commune's charts only, and notes of years not shown nowhere.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@Transactional
class TimelineChartsTest {

    static final String TAN_NINH = "phuong-tan-ninh";

    @Autowired
    TimelineNotes notes;
    @Autowired
    ReportService reports;

    @Test
    void theYearChartOfEachScopeCarriesItsNotes() throws IOException {
        SystemUser.call(() -> {
            notes.create(LocalDate.of(2025, 7, 1), "Sáp nhập đơn vị hành chính", null);
            notes.create(LocalDate.of(2026, 3, 15), "Khai giảng lớp bồi dưỡng nguồn", TAN_NINH);
            notes.create(LocalDate.of(2026, 9, 2), "Đại hội Đảng bộ xã", "xa-hung-dien");
            return notes.create(LocalDate.of(2024, 5, 1), "Một sự kiện năm 2024", null);
        });
        LocalDate today = FixedClockConfig.TODAY;

        assertThat(yearChart(Scope.province(), today).notes()).containsExactly(
                new ReportChart.Note("2025", "01/07/2025 Sáp nhập đơn vị hành chính"));
        assertThat(yearChart(Scope.commune(TAN_NINH), today).notes()).containsExactly(
                new ReportChart.Note("2025", "01/07/2025 Sáp nhập đơn vị hành chính"),
                new ReportChart.Note("2026", "15/03/2026 Khai giảng lớp bồi dưỡng nguồn"));

        byte[] pdf = TestUsers.callAs(Role.LEADER, null, () -> reports.meetingPackPdf(
                ReportRequest.live(Scope.commune(TAN_NINH), today, null)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // written up along the marker, so the text comes out a few letters a line
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("15/03/2026Khaigiảnglớpbồidưỡngnguồn")
                    .contains("01/07/2025Sápnhậpđơnvịhànhchính").doesNotContain("ĐạihộiĐảngbộxã");
        }
    }

    private ReportChart yearChart(Scope scope, LocalDate asOf) {
        List<ReportChart> charts = TestUsers.callAs(Role.LEADER, null,
                () -> reports.meetingPack(ReportRequest.live(scope, asOf, null)).charts());
        assertThat(charts.getLast().fileName()).isEqualTo("xep-loai");
        assertThat(charts.getLast().categories()).containsExactly("2025", "2026");
        return charts.getLast();
    }
}

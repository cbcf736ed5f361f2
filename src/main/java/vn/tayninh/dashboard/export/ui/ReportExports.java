package vn.tayninh.dashboard.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.tayninh.dashboard.base.ui.chart.ApexChart;
import vn.tayninh.dashboard.export.ReportRequest;
import vn.tayninh.dashboard.export.ReportService;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.Role;

/**
 * The export buttons of the dashboard pages, for the figures a page shows ({@link Overview}): the meeting pack,
 * the statistics table, the cadre structure form, the progress report draft and, for the province's roles, one pack
 * and one report per commune; and the area and date written into
 * every chart image. Whether the user may export is decided again by {@link ReportService}.
 */
@org.springframework.stereotype.Component
public class ReportExports {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ZIP = "application/zip";

    private final ReportService reports;
    private final ExportJobs jobs;
    private final AuthenticatedUser user;
    private final vn.tayninh.dashboard.export.TrainingExports training;

    ReportExports(ReportService reports, ExportJobs jobs, AuthenticatedUser user,
                  vn.tayninh.dashboard.export.TrainingExports training) {
        this.reports = reports;
        this.jobs = jobs;
        this.user = user;
        this.training = training;
    }

    /** "Danh sách cử đi đào tạo" of a training plan version: a sheet per course (or the one given). */
    public DownloadButton trainingParticipants(long planId, Long courseId, String label) {
        return new DownloadButton(jobs, label, VaadinIcon.TABLE,
                vn.tayninh.dashboard.export.TrainingExports.participantsFileName(planId), XLSX,
                texts -> FileContent.of(() -> training.participantsXlsx(planId, courseId)));
    }

    /** The outcome table of a training plan version for a scope. */
    public DownloadButton trainingOutcome(long planId, vn.tayninh.dashboard.indicator.Scope scope,
                                          java.time.LocalDate asOf, String label) {
        return new DownloadButton(jobs, label, VaadinIcon.CHART,
                vn.tayninh.dashboard.export.TrainingExports.outcomeFileName(planId, scope, asOf), XLSX,
                texts -> FileContent.of(() -> training.outcomeXlsx(planId, scope, asOf)));
    }

    public ExportJobs jobs() {
        return jobs;
    }

    /**
     * The "Xuất" menu: pack, statistics table, cadre structure form, progress report and (for an area, to the
     * province's roles) one pack and one report per commune, as far as the user may have them; empty when the user
     * may export nothing (a page then shows no menu).
     */
    public ExportMenu menu(Overview overview) {
        ExportMenu menu = new ExportMenu();
        menu.setId(ExportMenu.ID);
        ReportRequest request = ReportRequest.of(overview);
        if (!mayExport(request)) {
            return menu;
        }
        // the request is taken here; the files are Vietnamese documents whatever the page's language
        menu.add(new DownloadButton(jobs, menu.getTranslation("export.pack.button"), VaadinIcon.FILE_TEXT_O,
                reports.fileName("bao-cao-hop", request, "pdf"), PDF,
                texts -> FileContent.of(() -> reports.meetingPackPdf(request))));
        menu.add(new DownloadButton(jobs, menu.getTranslation("export.stats.button"), VaadinIcon.TABLE,
                reports.fileName("thong-ke", request, "xlsx"), XLSX,
                texts -> FileContent.of(() -> reports.statisticsXlsx(request))));
        menu.add(new DownloadButton(jobs, menu.getTranslation("export.structure.button"), VaadinIcon.USERS,
                reports.fileName("bieu-can-bo-chu-chot", request, "xlsx"), XLSX,
                texts -> FileContent.of(() -> reports.cadreStructureXlsx(request))));
        menu.add(new DownloadButton(jobs, menu.getTranslation("export.form9c.button"), VaadinIcon.USER_STAR,
                reports.fileName("bieu-9c", request, "xlsx"), XLSX,
                texts -> FileContent.of(() -> reports.form9cXlsx(request))));
        menu.add(new DownloadButton(jobs, menu.getTranslation("export.form12c.button"), VaadinIcon.SITEMAP,
                reports.fileName("bieu-12c", request, "xlsx"), XLSX,
                texts -> FileContent.of(() -> reports.form12cXlsx(request))));
        menu.add(new DownloadButton(jobs, menu.getTranslation("export.report.button"), VaadinIcon.FILE_TEXT,
                reports.fileName("bao-cao-nghi-quyet-34", request, "docx"), DOCX,
                texts -> FileContent.of(() -> reports.progressReportDocx(request, null))));
        if (!request.scope().isSingleCommune() && user.get().map(u -> u.role() != Role.COMMUNE_EDITOR).orElse(false)) {
            // one pack or report per commune, streamed into the file as each is made
            menu.add(new DownloadButton(jobs, menu.getTranslation("export.zip.button"), VaadinIcon.FILE_ZIP,
                    reports.fileName("bao-cao-hop-cac-xa", request, "zip"), ZIP,
                    texts -> out -> reports.meetingPacksZip(request, out)));
            menu.add(new DownloadButton(jobs, menu.getTranslation("export.report.zip.button"), VaadinIcon.FILE_ZIP,
                    reports.fileName("bao-cao-nghi-quyet-34-cac-xa", request, "zip"), ZIP,
                    texts -> out -> reports.progressReportsZip(request, null, out)));
        }
        return menu;
    }

    /** Writes the area and date of {@code overview} into the images of every chart under {@code root}. */
    public void captionCharts(Component root, Overview overview) {
        captionCharts(root, reports.describe(overview.scope()), reports.asOfText(ReportRequest.of(overview)));
    }

    private void captionCharts(Component root, String scope, String asOf) {
        if (root instanceof ApexChart chart) {
            chart.setExportInfo(scope, asOf);
            return;
        }
        root.getChildren().forEach(child -> captionCharts(child, scope, asOf));
    }

    private boolean mayExport(ReportRequest request) {
        try {
            reports.authorize(request.scope());
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}

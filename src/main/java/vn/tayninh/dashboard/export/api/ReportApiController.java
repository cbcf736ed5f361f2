package vn.tayninh.dashboard.export.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import vn.tayninh.dashboard.base.api.TooManyRequestsException;
import vn.tayninh.dashboard.export.ReportQueue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.ReportRequest;
import vn.tayninh.dashboard.export.ReportService;
import vn.tayninh.dashboard.indicator.Scope;

/**
 * The meeting exports for scheduled use (HTTP Basic like the rest of the API): the meeting pack, one pack per
 * commune in a ZIP, the statistics table, the cadre structure form and the progress report draft (one or per commune). {@code asOf} defaults to today; at a frozen reporting date the
 * frozen figures are used, as the dashboard shows them for that date.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo", description = "Báo cáo họp (PDF), bảng thống kê, biểu cán bộ chủ chốt, Biểu 9C, Biểu 12C (XLSX), báo cáo Nghị quyết 34 (DOCX)")
class ReportApiController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Seconds after which a client refused for a full queue may try again. */
    static final int RETRY_AFTER = 30;

    private final ReportService reports;
    private final CommuneService communes;
    private final ApiParameters parameters;
    private final ReportQueue jobs;

    ReportApiController(ReportService reports, CommuneService communes, ApiParameters parameters, ReportQueue jobs) {
        this.jobs = jobs;
        this.reports = reports;
        this.communes = communes;
        this.parameters = parameters;
    }

    @GetMapping("/meeting-pack.pdf")
    @Operation(summary = "The meeting pack (A4 landscape PDF) of the province or one commune")
    ResponseEntity<byte[]> meetingPack(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf,
            @Parameter(description = "rating year for T6; absent for the latest year with ratings") @RequestParam(required = false) String year) {
        ReportRequest request = request(commune, asOf, year);
        byte[] pdf = queued(() -> reports.meetingPackPdf(request));
        return file(pdf, MediaType.APPLICATION_PDF, reports.fileName("bao-cao-hop", request, "pdf"));
    }

    @GetMapping("/meeting-packs.zip")
    @Operation(summary = "One meeting pack per commune of the province, in a ZIP (board, leaders, administrator)")
    void meetingPacks(@RequestParam(required = false) String asOf, @RequestParam(required = false) String year,
                      HttpServletResponse response) throws IOException {
        ReportRequest request = request(null, asOf, year);
        reports.authorizeBatch();
        queuedZip(out -> reports.meetingPacksZip(request, out), reports.fileName("bao-cao-hop-cac-xa", request, "zip"),
                response);
    }

    @GetMapping("/statistics.xlsx")
    @Operation(summary = "The statistics table: one row per commune and a total row (XLSX)")
    ResponseEntity<byte[]> statistics(
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf) {
        ReportRequest request = request(null, asOf, null);
        return file(queued(() -> reports.statisticsXlsx(request)), XLSX, reports.fileName("thong-ke", request, "xlsx"));
    }

    @GetMapping("/cadre-structure.xlsx")
    @Operation(summary = "The cadre structure form: one row per title and all commune cadres, by gender, ethnicity,"
            + " age, education and political theory (XLSX)")
    ResponseEntity<byte[]> cadreStructure(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf) {
        ReportRequest request = request(commune, asOf, null);
        return file(queued(() -> reports.cadreStructureXlsx(request)), XLSX,
                reports.fileName("bieu-can-bo-chu-chot", request, "xlsx"));
    }

    @GetMapping("/form-9c.xlsx")
    @Operation(summary = "Biểu 9C, commune leaders: per title the persons holding it at the date, by gender,"
            + " ethnicity, age, professional level and political theory; for the province a sheet per commune (XLSX)")
    ResponseEntity<byte[]> form9c(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf) {
        ReportRequest request = request(commune, asOf, null);
        return file(reports.form9cXlsx(request), XLSX, reports.fileName("bieu-9c", request, "xlsx"));
    }

    @GetMapping("/form-12c.xlsx")
    @Operation(summary = "Biểu 12C, results of planning: per planned title the approved entries in effect at the date"
            + " (person-title entries), by gender, ethnicity, age, professional level and political theory; for the"
            + " province a sheet per commune (XLSX)")
    ResponseEntity<byte[]> form12c(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf) {
        ReportRequest request = request(commune, asOf, null);
        return file(reports.form12cXlsx(request), XLSX, reports.fileName("bieu-12c", request, "xlsx"));
    }

    @GetMapping("/progress-report.docx")
    @Operation(summary = "The progress report draft on Resolution 34-NQ/TU (DOCX) of the province or one commune,"
            + " compared with an earlier date")
    ResponseEntity<byte[]> progressReport(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "reporting date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf,
            @Parameter(description = "earlier date YYYY-MM-DD to compare with; absent for the previous frozen date,"
                    + " else the 2026 baseline") @RequestParam(required = false) String compareTo) {
        ReportRequest request = request(commune, asOf, null);
        LocalDate from = compareTo(compareTo, request);
        return file(queued(() -> reports.progressReportDocx(request, from)), DOCX,
                reports.fileName("bao-cao-nghi-quyet-34", request, "docx"));
    }

    @GetMapping("/progress-reports.zip")
    @Operation(summary = "One progress report draft per commune of the province, in a ZIP (board, leaders, administrator)")
    void progressReports(@RequestParam(required = false) String asOf, @RequestParam(required = false) String compareTo,
                         HttpServletResponse response) throws IOException {
        ReportRequest request = request(null, asOf, null);
        LocalDate from = compareTo(compareTo, request);
        reports.authorizeBatch();
        queuedZip(out -> reports.progressReportsZip(request, from, out),
                reports.fileName("bao-cao-nghi-quyet-34-cac-xa", request, "zip"), response);
    }

    /** The earlier date of a progress report: a past date before the reporting date, or null for the default. */
    private LocalDate compareTo(String text, ReportRequest request) {
        List<ApiError> errors = new ArrayList<>();
        LocalDate date = parameters.pastDate("compareTo", text, errors);
        if (date != null && !date.isBefore(request.asOf())) {
            errors.add(ApiError.parameter("compareTo", parameters.message("api.error.compareTo.notBefore", text,
                    request.asOf().toString())));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return date;
    }

    private ReportRequest request(String commune, String asOf, String year) {
        ApiParameters.AsOf when = parameters.asOf(asOf, year);
        Scope scope = Scope.province();
        if (commune != null && !commune.isBlank()) {
            String code = commune.strip();
            if (communes.findByCode(code).isEmpty()) {
                throw new BadRequestException(ApiError.parameter("commune",
                        parameters.message("api.error.commune.unknown", commune)));
            }
            scope = Scope.commune(code);
        }
        return reports.request(scope, when.date(), when.ratingYear());
    }

    /** Writes a ZIP to a stream. */
    interface ZipWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Makes a file through the bounded queue of the screens' exports ({@link ReportQueue}): one file at a time per
     * account, a few at a time on the instance, a few more waiting; beyond that 429 with {@code Retry-After}. The
     * request waits for its turn and the file, then gets it.
     */
    private byte[] queued(Supplier<byte[]> maker) {
        AtomicReference<byte[]> made = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        CountDownLatch freed = new CountDownLatch(1);
        await(jobs.offer(() -> {
            try {
                made.set(maker.get());
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
        }, freed::countDown), freed, failed, () -> made.get() != null);
        return made.get();
    }

    /**
     * A ZIP made through the queue into a file of its own (not in memory), typed and sent only once it is whole: a
     * failure while it is made is answered in JSON, and a client that hangs up while it is sent costs only the send.
     */
    private void queuedZip(ZipWriter writer, String fileName, HttpServletResponse response) throws IOException {
        Path file = jobs.newFile(".zip");
        try {
            AtomicReference<Throwable> failed = new AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
            CountDownLatch freed = new CountDownLatch(1);
            await(jobs.offer(() -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    writer.write(out);
                    written.set(true);
                } catch (IOException | RuntimeException | Error e) {
                    failed.set(e);
                }
            }, freed::countDown), freed, failed, written::get);
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        } finally {
            jobs.deleteFile(file);
        }
    }

    /**
     * Waits until the job taken has ended and the account's share of the queue is free again; rethrows what the
     * making threw; 429 when the queue refused the job, or dropped it (the instance is stopping).
     */
    private static void await(ReportQueue.Refusal refusal, CountDownLatch freed, AtomicReference<Throwable> failed,
                              BooleanSupplier made) {
        if (refusal != null) {
            throw new TooManyRequestsException(refusal == ReportQueue.Refusal.YOURS
                    ? "api.error.reports.yours" : "api.error.reports.busy", RETRY_AFTER);
        }
        try {
            freed.await();
        } catch (InterruptedException e) {
            // the job goes on and frees its place by itself; this request stops waiting for it
            Thread.currentThread().interrupt();
            throw new TooManyRequestsException("api.error.reports.busy", RETRY_AFTER);
        }
        Throwable failure = failed.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new UncheckedIOException((IOException) failure);
        }
        if (!made.getAsBoolean()) {
            throw new TooManyRequestsException("api.error.reports.busy", RETRY_AFTER);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}

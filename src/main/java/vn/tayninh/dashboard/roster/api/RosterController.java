package vn.tayninh.dashboard.roster.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiErrors;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.roster.AccountsFile;
import vn.tayninh.dashboard.roster.ImportMode;
import vn.tayninh.dashboard.roster.ImportResult;
import vn.tayninh.dashboard.roster.InvalidRosterException;
import vn.tayninh.dashboard.roster.OnMatch;
import vn.tayninh.dashboard.roster.RosterExporter;
import vn.tayninh.dashboard.roster.RosterImporter;
import vn.tayninh.dashboard.roster.SeatsFile;

/**
 * The roster file over HTTP, for scripts: download it, and upload it to import. Faults come back as JSON
 * {@code {"errors": [...]}} with Vietnamese messages; who may do what is decided by the services.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tệp dữ liệu", description = "Danh sách cán bộ (CSV, XLSX) xuất và nhập; số được phê duyệt và biên chế,"
        + " tài khoản từ một tệp khi khởi tạo hệ thống")
class RosterController {

    private final RosterExporter exporter;
    private final RosterImporter importer;
    private final CommuneService communes;
    private final Translations translations;
    private final ApiParameters parameters;
    private final SeatsFile seatsFile;
    private final AccountsFile accountsFile;

    RosterController(RosterExporter exporter, RosterImporter importer, CommuneService communes,
                     Translations translations, ApiParameters parameters, SeatsFile seatsFile,
                     AccountsFile accountsFile) {
        this.accountsFile = accountsFile;
        this.parameters = parameters;
        this.seatsFile = seatsFile;
        this.exporter = exporter;
        this.importer = importer;
        this.communes = communes;
        this.translations = translations;
    }

    /**
     * The roster active at {@code asOf} (default today) of one commune or, without {@code commune}, the province, as
     * CSV; {@code form=codes} for the code form. A commune editor gets only their own commune's and must name it
     * (403 otherwise).
     */
    @GetMapping("/roster.csv")
    @Operation(summary = "The roster of the province or one commune as a CSV file (Vietnamese headers, or codes)")
    void roster(@RequestParam(required = false) String commune, @RequestParam(required = false) String asOf,
                @RequestParam(defaultValue = "labels") String form, HttpServletResponse response) throws IOException {
        export(commune, asOf, form, RosterExporter.FileType.CSV, response);
    }

    /** The same roster as an Excel workbook. */
    @GetMapping("/roster.xlsx")
    @Operation(summary = "The roster of the province or one commune as an Excel workbook")
    void rosterXlsx(@RequestParam(required = false) String commune, @RequestParam(required = false) String asOf,
                    @RequestParam(defaultValue = "labels") String form, HttpServletResponse response) throws IOException {
        export(commune, asOf, form, RosterExporter.FileType.XLSX, response);
    }

    private void export(String commune, String asOf, String form, RosterExporter.FileType type,
                        HttpServletResponse response) throws IOException {
        LocalDate date = parameters.asOf(asOf, null).date();
        boolean codes = switch (form.strip().toLowerCase(Locale.ROOT)) {
            case "labels" -> false;
            case "codes" -> true;
            default -> throw new BadRequestException(ApiError.parameter("form",
                    translations.vietnamese("roster.error.form", form)));
        };
        Commune scope = StringUtils.hasText(commune) ? communes.findByCode(commune.strip()).orElseThrow(
                () -> new BadRequestException(ApiError.parameter("commune",
                        translations.vietnamese("roster.error.commune", commune)))) : null;
        exporter.authorize(scope); // before the headers, so that a refusal is answered as JSON
        String fileName = "can-bo-" + (scope == null ? "tay-ninh" : scope.getCode()) + "-" + date + "."
                + type.extension();
        response.setContentType(type.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        if (scope == null) {
            exporter.exportProvince(date, type, codes, response.getOutputStream());
        } else {
            exporter.exportCommune(scope, date, type, codes, response.getOutputStream());
        }
    }

    /**
     * Imports the uploaded roster file (CSV or XLSX), or with {@code dryRun=true} only checks it and tells what would
     * change. In mode add, rows matching a cadre already active in their commune are skipped (the default), update
     * that cadre, or are added all the same ({@code onMatch}).
     */
    @PostMapping("/import")
    @Operation(summary = "Imports a roster file (CSV or XLSX): adds or replaces the communes' records, all or none")
    ImportResult importRoster(@RequestParam("file") MultipartFile file,
                              @RequestParam(defaultValue = "add") String mode,
                              @RequestParam(defaultValue = "skip") String onMatch,
                              @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        ImportMode importMode = ImportMode.fromParameter(mode).orElseThrow(
                () -> new BadRequestException(ApiError.parameter("mode", translations.vietnamese("roster.error.mode", mode))));
        OnMatch matching = OnMatch.fromParameter(onMatch).orElseThrow(() -> new BadRequestException(
                ApiError.parameter("onMatch", translations.vietnamese("roster.error.on-match", onMatch))));
        try (InputStream in = file.getInputStream()) {
            return dryRun ? importer.preview(in, importMode, matching) : importer.commit(in, importMode, matching);
        }
    }

    /** The template of the seats-and-quotas file: every commune with its approved seats and quotas now (XLSX). */
    @GetMapping("/seats-file.xlsx")
    @Operation(summary = "The template of the seats-and-quotas file, pre-filled with every commune")
    void seatsTemplate(HttpServletResponse response) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        seatsFile.template(out); // before the headers, so that a refusal is answered as JSON
        response.setContentType(RosterExporter.FileType.XLSX.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("so-luong-phe-duyet-bien-che.xlsx").build().toString());
        out.writeTo(response.getOutputStream());
    }

    /**
     * Sets the approved seats and staffing quotas of many communes from one file (CSV or XLSX, as the template), all
     * or none; with {@code dryRun=true} only checks it and tells how many numbers would change.
     */
    @PostMapping("/seats-file")
    @Operation(summary = "Sets the approved seats and staffing quotas of many communes from one file, all or none")
    SeatsFile.Result importSeats(@RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return dryRun ? seatsFile.preview(in) : seatsFile.commit(in);
        }
    }

    /**
     * Creates many accounts from one file (CSV or XLSX: user name, name, role, commune, e-mail), all or none, and
     * answers each with its one-time password, shown this once; with {@code dryRun=true} only checks the file. The
     * administrator only.
     */
    @PostMapping("/accounts-file")
    @Operation(summary = "Creates many accounts from one file, each with a one-time password shown once")
    AccountsFile.Result importAccounts(@RequestParam("file") MultipartFile file,
                                       @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return dryRun ? accountsFile.preview(in) : accountsFile.commit(in);
        }
    }

    /** The first faults of a refused file, and how many it has in all. */
    record FileErrors(List<ApiError> errors, long errorCount) {
    }

    @ExceptionHandler
    ResponseEntity<FileErrors> invalidFile(InvalidRosterException e) {
        return ResponseEntity.badRequest().body(new FileErrors(e.errors().stream()
                .map(error -> new ApiError(null, error.line(), error.column(), error.message())).toList(),
                e.errorCount()));
    }

    /** The importer's refusal names the communes the user may not change. */
    @ExceptionHandler
    ResponseEntity<ApiErrors> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiErrors(List.of(ApiError.message(e.getMessage()))));
    }

    // A request without the part, or not multipart at all.
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ApiErrors> missingFile() {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(
                ApiError.parameter("file", translations.vietnamese("roster.error.file-missing")))));
    }
}

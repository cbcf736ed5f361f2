package vn.tayninh.dashboard.roster.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.roster.ImportMode;
import vn.tayninh.dashboard.roster.ImportResult;
import vn.tayninh.dashboard.roster.InvalidRosterException;
import vn.tayninh.dashboard.roster.RosterExporter;
import vn.tayninh.dashboard.roster.RosterImporter;

/**
 * The roster file over HTTP, for scripts: download it, and upload it to import. Faults come back as JSON
 * {@code {"errors": [...]}} with Vietnamese messages; who may do what is decided by the services.
 */
@RestController
@RequestMapping("/api/v1")
class RosterController {

    private static final String TEXT_CSV_UTF8 = "text/csv;charset=UTF-8";

    private final RosterExporter exporter;
    private final RosterImporter importer;
    private final CommuneService communes;
    private final Translations translations;

    RosterController(RosterExporter exporter, RosterImporter importer, CommuneService communes,
                     Translations translations) {
        this.exporter = exporter;
        this.importer = importer;
        this.communes = communes;
        this.translations = translations;
    }

    /** The body of every refusal: faults of the file ({@code ImportError}), of a parameter, or a plain message. */
    record Errors(List<?> errors) {
    }

    record ParameterError(String parameter, String message) {
    }

    record MessageError(String message) {
    }

    private static final class BadParameterException extends RuntimeException {

        private final ParameterError error;

        BadParameterException(String parameter, String message) {
            super(message);
            this.error = new ParameterError(parameter, message);
        }
    }

    /** The roster active at {@code asOf} (default today) of one commune or, without {@code commune}, the province. */
    @GetMapping("/roster.csv")
    void roster(@RequestParam(required = false) String commune,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                HttpServletResponse response) throws IOException {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        Commune scope = StringUtils.hasText(commune) ? communes.findByCode(commune.strip()).orElseThrow(
                () -> new BadParameterException("commune", translations.vietnamese("roster.error.commune", commune)))
                : null;
        String fileName = "can-bo-" + (scope == null ? "tay-ninh" : scope.getCode()) + "-" + date + ".csv";
        response.setContentType(TEXT_CSV_UTF8);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        if (scope == null) {
            exporter.exportProvince(date, response.getOutputStream());
        } else {
            exporter.exportCommune(scope, date, response.getOutputStream());
        }
    }

    /** Imports the uploaded roster file, or with {@code dryRun=true} only checks it and tells what would change. */
    @PostMapping("/import")
    ImportResult importRoster(@RequestParam("file") MultipartFile file,
                              @RequestParam(defaultValue = "add") String mode,
                              @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        ImportMode importMode = ImportMode.fromParameter(mode).orElseThrow(
                () -> new BadParameterException("mode", translations.vietnamese("roster.error.mode", mode)));
        try (InputStream csv = file.getInputStream()) {
            return dryRun ? importer.preview(csv, importMode) : importer.commit(csv, importMode);
        }
    }

    @ExceptionHandler
    ResponseEntity<Errors> invalidFile(InvalidRosterException e) {
        return ResponseEntity.badRequest().body(new Errors(e.errors()));
    }

    @ExceptionHandler
    ResponseEntity<Errors> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Errors(List.of(new MessageError(e.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<Errors> badParameter(BadParameterException e) {
        return badRequest(e.error);
    }

    @ExceptionHandler
    ResponseEntity<Errors> unreadableParameter(MethodArgumentTypeMismatchException e) {
        return badRequest(new ParameterError(e.getName(), translations.vietnamese("roster.error.parameter", e.getName())));
    }

    // A request without the part, or not multipart at all.
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<Errors> missingFile() {
        return badRequest(new ParameterError("file", translations.vietnamese("roster.error.file-missing")));
    }

    private static ResponseEntity<Errors> badRequest(ParameterError error) {
        return ResponseEntity.badRequest().body(new Errors(List.of(error)));
    }
}

package vn.tayninh.dashboard.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.audit.AuditEntry;
import vn.tayninh.dashboard.audit.AuditFilter;
import vn.tayninh.dashboard.audit.AuditTrail;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;

/** The audit trail, read with the caller's rights: everything for the board and the administrator, an editor's commune. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nhật ký thay đổi", description = "Ai thay đổi gì, khi nào, giá trị cũ và mới")
class AuditApiController {

    static final int MAX_PAGE_SIZE = 1000;
    /** The last page a request may ask for: the offset (page × size) then stays well inside the database's range. */
    static final int MAX_PAGE = 100_000;

    private final AuditTrail audit;
    private final CommuneService communes;
    private final ApiParameters parameters;

    AuditApiController(AuditTrail audit, CommuneService communes, ApiParameters parameters) {
        this.audit = audit;
        this.communes = communes;
        this.parameters = parameters;
    }

    record EntryJson(long id, Instant changedAt, String actor, String commune, String entity, Long entityId,
                     String action, String field, String oldValue, String newValue) {
    }

    record Page(long total, int page, int size, List<EntryJson> entries) {
    }

    @GetMapping("/audit")
    @Operation(summary = "Audit entries, newest first, filtered by commune, kind of record, user and days")
    Page audit(@RequestParam(required = false) String commune, @RequestParam(required = false) String entity,
               @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
               @RequestParam(defaultValue = "100") int size) {
        List<ApiError> errors = new ArrayList<>();
        Long communeId = null;
        if (commune != null && !commune.isBlank()) {
            communeId = communes.findByCode(commune.strip()).map(Commune::getId).orElse(null);
            if (communeId == null) {
                errors.add(ApiError.parameter("commune", parameters.message("api.error.commune.unknown", commune)));
            }
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (page < 0 || page > MAX_PAGE) {
            errors.add(ApiError.parameter("page", parameters.message("api.error.page", String.valueOf(MAX_PAGE))));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(ApiError.parameter("size", parameters.message("api.error.size", MAX_PAGE_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        AuditFilter filter = new AuditFilter(communeId, blankToNull(entity), blankToNull(actor), fromDay, toDay);
        List<Commune> all = communes.findAll();
        List<EntryJson> entries = audit.find(filter, PageRequest.of(page, size)).stream()
                .map(e -> new EntryJson(e.getId(), e.getChangedAt(), e.getActor(), code(all, e), e.getEntity(),
                        e.getEntityId(), e.getAction().name(), e.getField(), e.getOldValue(), e.getNewValue()))
                .toList();
        return new Page(audit.count(filter), page, size, entries);
    }

    private LocalDate day(String name, String value, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(ApiError.parameter(name, parameters.message("api.error.date.format", value)));
            return null;
        }
    }

    private static String code(List<Commune> all, AuditEntry entry) {
        return entry.getCommuneId() == null ? null : all.stream().filter(c -> c.getId().equals(entry.getCommuneId()))
                .map(Commune::getCode).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

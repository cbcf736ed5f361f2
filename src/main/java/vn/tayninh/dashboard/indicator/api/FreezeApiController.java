package vn.tayninh.dashboard.indicator.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.ReportingFreeze;

/**
 * The reporting dates whose figures are frozen (chốt số liệu), for scripts: every signed-in account reads them, the
 * board and the administrator freeze a date, with the same rules as the screen ({@link FreezeService}).
 */
@RestController
@RequestMapping("/api/v1/freezes")
@Tag(name = "Chốt số liệu", description = "Các kỳ báo cáo đã chốt số liệu")
class FreezeApiController {

    private final FreezeService freezes;

    FreezeApiController(FreezeService freezes) {
        this.freezes = freezes;
    }

    /** @param label the period's name in Vietnamese (the name given, or "Chốt số liệu dd/MM/yyyy") */
    record FreezeJson(LocalDate asOf, int ratingYear, String label, Instant frozenAt, String frozenBy) {

        static FreezeJson of(ReportingFreeze freeze) {
            return new FreezeJson(freeze.getAsOfDate(), freeze.getRatingYear(), freeze.label(Translations.VIETNAMESE),
                    freeze.getCreatedAt(), freeze.getCreatedBy());
        }
    }

    /** @param ratingYear null: the latest year with ratings on or before the date */
    record FreezeForm(LocalDate asOf, Integer ratingYear, String label) {
    }

    @GetMapping
    @Operation(summary = "Every reporting date frozen, oldest first")
    List<FreezeJson> all() {
        return freezes.findAll().stream().map(FreezeJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Freezes the figures at a reporting date (board, administrator); once per date, never in the future")
    FreezeJson freeze(@RequestBody FreezeForm form) {
        return FreezeJson.of(freezes.freeze(form.asOf(), form.ratingYear(), form.label()));
    }
}

package vn.tayninh.dashboard.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.quality.WorkList;

/** Data quality of the province or one commune: the score, the count per problem and the records to fix. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chất lượng dữ liệu", description = "Đúng, đủ, sạch, sống: điểm, số lỗi theo loại, danh sách cần sửa")
class DataQualityApiController {

    static final int MAX_PAGE_SIZE = 1000;
    static final int MAX_PAGE = 100_000;

    private final DataQuality quality;
    private final CommuneService communes;
    private final ApiParameters parameters;

    DataQualityApiController(DataQuality quality, CommuneService communes, ApiParameters parameters) {
        this.quality = quality;
        this.communes = communes;
        this.parameters = parameters;
    }

    record Score(long numerator, long denominator, Double value) {
    }

    record RecordJson(long cadreId, String communeCode, String fullName, List<String> problems) {
    }

    record QualityJson(LocalDate asOf, String commune, Score score, Map<String, Long> problems, List<RecordJson> records,
                       int page, int size, long totalRecords, boolean provisional) {
    }

    @GetMapping("/data-quality")
    @Operation(summary = "Score, count per problem code and the records with a problem, for the province or a commune")
    QualityJson dataQuality(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf,
            @Parameter(description = "page of the records, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "records per page, 1 to 1000") @RequestParam(defaultValue = "100") int size) {
        LocalDate date = parameters.asOf(asOf, null).date();
        List<ApiError> errors = new ArrayList<>();
        Commune chosen = null;
        if (commune != null && !commune.isBlank()) {
            chosen = communes.findByCode(commune.strip()).orElse(null);
            if (chosen == null) {
                errors.add(ApiError.parameter("commune", parameters.message("api.error.commune.unknown", commune)));
            }
        }
        if (page < 0 || page > MAX_PAGE) {
            errors.add(ApiError.parameter("page", parameters.message("api.error.page", String.valueOf(MAX_PAGE))));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(ApiError.parameter("size", parameters.message("api.error.size", MAX_PAGE_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        // the work list first: it is where the service refuses a commune editor another commune
        WorkList list = quality.workList(chosen, date, page, size);
        QualityCounts counts = quality.summary(chosen == null ? Scope.province() : Scope.commune(chosen.getCode()), date);
        Map<String, Long> problems = new LinkedHashMap<>();
        counts.problems().forEach((problem, count) -> problems.put(problem.name(), count));
        List<RecordJson> records = list.records().stream().map(r -> new RecordJson(r.cadreId(), r.communeCode(),
                r.fullName(), r.problems().stream().map(Problem::name).toList())).toList();
        return new QualityJson(date, chosen == null ? null : chosen.getCode(),
                new Score(counts.clean(), counts.active(), counts.score()), problems, records, page, size, list.total(),
                counts.provisional());
    }
}

package vn.tayninh.dashboard.position.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.NotFoundException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.position.StaffingQuota;

/**
 * The seats approved for each title and the staffing quota of each bloc of a commune, for scripts: the board and
 * the administrator change them, with the same rules, version checks and audit trail as the screens
 * ({@link SeatService}).
 */
@RestController
@RequestMapping("/api/v1/communes/{code}")
@Tag(name = "Số được phê duyệt", description = "Số chức danh được phê duyệt, biên chế theo khối")
class SeatController {

    private final SeatService seats;
    private final CommuneService communes;
    private final ApiParameters parameters;

    SeatController(SeatService seats, CommuneService communes, ApiParameters parameters) {
        this.seats = seats;
        this.communes = communes;
        this.parameters = parameters;
    }

    record SeatsChange(Integer seats, Long version) {
    }

    record QuotaJson(int quota, long version) {
    }

    record QuotaChange(Integer quota, Long version) {
    }

    @GetMapping("/seats")
    @Operation(summary = "The seats of each title of a commune: approved, filled today, and the version a change names")
    Map<Position, SeatService.Seats> seats(@PathVariable String code) {
        return seats.seats(commune(code).getId());
    }

    @PutMapping("/seats/{position}")
    @Operation(summary = "Sets the seats approved for a title of a commune (board, administrator)")
    void setSeats(@PathVariable String code, @PathVariable Position position, @RequestBody SeatsChange change) {
        seats.setApproved(commune(code).getId(), position, required(change.seats(), "seats"),
                required(change.version(), "version"));
    }

    @GetMapping("/quotas")
    @Operation(summary = "The staffing quota of each bloc of a commune, with the versions a change names")
    Map<Bloc, QuotaJson> quotas(@PathVariable String code) {
        Map<Bloc, StaffingQuota> current = seats.quotas(commune(code).getId());
        Map<Bloc, QuotaJson> result = new EnumMap<>(Bloc.class);
        for (Bloc bloc : Bloc.values()) {
            StaffingQuota quota = current.get(bloc);
            result.put(bloc, quota == null ? new QuotaJson(0, 0) : new QuotaJson(quota.getQuota(), quota.getVersion()));
        }
        return result;
    }

    @PutMapping("/quotas/{bloc}")
    @Operation(summary = "Sets the staffing quota of a bloc of a commune (board, administrator), as read at `version`")
    void setQuota(@PathVariable String code, @PathVariable Bloc bloc, @RequestBody QuotaChange change) {
        seats.setQuota(commune(code).getId(), bloc, required(change.quota(), "quota"),
                required(change.version(), "version"));
    }

    private Commune commune(String code) {
        return communes.findByCode(code).orElseThrow(() ->
                new NotFoundException(ApiError.parameter("code", parameters.message("entry.record.unknown"))));
    }

    private static <T> T required(T value, String member) {
        if (value == null) {
            throw new InvalidInputException(member, "entry.rule.required");
        }
        return value;
    }
}

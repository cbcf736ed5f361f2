package vn.tayninh.dashboard.cadre.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.NotFoundException;
import vn.tayninh.dashboard.cadre.AnnualRating;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.cadre.CadreProfile;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.cadre.RatingEditor;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;

/**
 * Commune data entry for scripts and other systems, with the same rights, rules, version checks and audit trail
 * as the screens: everything is decided by {@link CadreEditor}. Every change names the version it was based on;
 * a stale one gets 409 with the current values.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cập nhật dữ liệu xã", description = "Hồ sơ cán bộ, bổ nhiệm, thôi giữ chức, xếp loại")
class CadreEntryController {

    private final CadreEditor editor;
    private final RatingEditor ratings;
    private final CadreService cadres;
    private final CommuneService communes;
    private final ApiParameters parameters;

    CadreEntryController(CadreEditor editor, RatingEditor ratings, CadreService cadres, CommuneService communes,
                         ApiParameters parameters) {
        this.ratings = ratings;
        this.editor = editor;
        this.cadres = cadres;
        this.communes = communes;
        this.parameters = parameters;
    }

    /** What a write answers: the record and its new version, for the next change. */
    record Saved(long id, long version) {
    }

    record HoldingJson(long id, long version, Position position, LocalDate startDate, LocalDate endDate,
                       String decisionNumber, EndReason endReason) {
        static HoldingJson of(PositionHolding h) {
            return new HoldingJson(h.getId(), h.getVersion(), h.getPosition(), h.getStartDate(), h.getEndDate(),
                    h.getDecisionNumber(), h.getEndReason());
        }
    }

    record RatingJson(long id, long version, int year, Rating rating) {
        static RatingJson of(AnnualRating r) {
            return new RatingJson(r.getId(), r.getVersion(), r.getYear(), r.getRating());
        }
    }

    /** {@code profile} has the members, types and formats a {@code PUT} of the profile takes: it can be sent back as read. */
    record CadreJson(long id, long version, String commune, CadreForm profile, LocalDate endDate,
                     EndReason endReason, List<HoldingJson> holdings, List<RatingJson> ratings) {
    }

    record Appointment(Position position, LocalDate startDate, String decisionNumber) {
    }

    record Ending(LocalDate endDate, EndReason reason, Long version) {
    }

    record NewRating(Integer year, Rating rating) {
    }

    record Removal(String note, Long version) {
    }

    record RatingChange(Rating rating, Long version) {
    }

    @GetMapping("/cadres/{id}")
    @Operation(summary = "A cadre's profile with its versions, titles and seats, and ratings")
    CadreJson cadre(@PathVariable long id) {
        CadreProfile profile = cadres.findProfile(id).orElseThrow(() -> unknown("id"));
        Cadre cadre = profile.cadre();
        return new CadreJson(cadre.getId(), cadre.getVersion(), cadre.getCommune().getCode(),
                CadreForm.of(cadre), cadre.getEndDate(), cadre.getEndReason(),
                profile.holdings().stream().map(HoldingJson::of).toList(),
                cadres.findRatings(id).stream().map(RatingJson::of).toList());
    }

    @PostMapping("/communes/{code}/cadres")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a cadre record to a commune")
    Saved create(@PathVariable String code, @RequestBody CadreForm form) {
        Commune commune = communes.findByCode(code).orElseThrow(() -> unknown("code"));
        Cadre cadre = editor.create(commune.getId(), form);
        return new Saved(cadre.getId(), cadre.getVersion());
    }

    @PutMapping("/cadres/{id}")
    @Operation(summary = "Changes a cadre's profile, as read at `version`")
    Saved update(@PathVariable long id, @RequestParam long version, @RequestBody CadreForm form) {
        Cadre cadre = editor.update(id, version, form);
        return new Saved(cadre.getId(), cadre.getVersion());
    }

    @PostMapping("/cadres/{id}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appoints a cadre to a key title or a party-committee seat")
    Saved appoint(@PathVariable long id, @RequestBody Appointment appointment) {
        PositionHolding holding = editor.appoint(id, appointment.position(), appointment.startDate(),
                appointment.decisionNumber());
        return new Saved(holding.getId(), holding.getVersion());
    }

    @PostMapping("/holdings/{id}/end")
    @Operation(summary = "Ends a title or seat held, as read at `version`")
    void endHolding(@PathVariable long id, @RequestBody Ending ending) {
        editor.endHolding(id, required(ending.version(), "version"), ending.endDate(), ending.reason());
    }

    @PostMapping("/cadres/{id}/departure")
    @Operation(summary = "A cadre leaves: the record and every title and seat held end, as read at `version`")
    void depart(@PathVariable long id, @RequestBody Ending ending) {
        editor.depart(id, required(ending.version(), "version"), ending.endDate(), ending.reason());
    }

    @PostMapping("/cadres/{id}/removal")
    @Operation(summary = "Removes a record entered by mistake, with why, as read at `version`: it ends on its start"
            + " day and counts nowhere; nothing is deleted")
    void remove(@PathVariable long id, @RequestBody Removal removal) {
        editor.remove(id, required(removal.version(), "version"), removal.note());
    }

    @PostMapping("/cadres/{id}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enters a cadre's rating for a year (one per year)")
    Saved rate(@PathVariable long id, @RequestBody NewRating rating) {
        AnnualRating saved = ratings.rate(id, rating.year(), rating.rating());
        return new Saved(saved.getId(), saved.getVersion());
    }

    @PutMapping("/ratings/{id}")
    @Operation(summary = "Corrects a rating, as read at `version`")
    void changeRating(@PathVariable long id, @RequestBody RatingChange change) {
        ratings.changeRating(id, required(change.version(), "version"), change.rating());
    }

    @DeleteMapping("/ratings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a rating entered by mistake, as read at `version`")
    void deleteRating(@PathVariable long id, @RequestParam long version) {
        ratings.deleteRating(id, version);
    }

    private <T> T required(T value, String member) {
        if (value == null) {
            throw new InvalidInputException(member, "entry.rule.required");
        }
        return value;
    }

    private NotFoundException unknown(String member) {
        return new NotFoundException(ApiError.parameter(member, parameters.message("entry.record.unknown")));
    }
}

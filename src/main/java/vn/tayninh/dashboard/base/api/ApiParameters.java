package vn.tayninh.dashboard.base.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.Translations;

/** Parses and checks the API's common query parameters; every problem is reported at once, in Vietnamese. */
@Component
public class ApiParameters {

    private final Translations translations;
    private final Clock clock;

    ApiParameters(Translations translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    /** The as-of date and rating year of a request: today and the default year when absent. */
    public record AsOf(LocalDate date, Integer ratingYear) {
    }

    public AsOf asOf(String asOf, String year) {
        List<ApiError> errors = new ArrayList<>();
        LocalDate date = LocalDate.now(clock);
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
                if (date.isAfter(LocalDate.now(clock))) {
                    errors.add(ApiError.parameter("asOf", message("api.error.asOf.future", asOf)));
                } else if (date.getYear() < 2000) {
                    errors.add(ApiError.parameter("asOf", message("api.error.asOf.tooEarly", asOf)));
                }
            } catch (DateTimeParseException e) {
                errors.add(ApiError.parameter("asOf", message("api.error.asOf.format", asOf)));
            }
        }
        Integer ratingYear = null;
        if (year != null && !year.isBlank()) {
            try {
                ratingYear = Integer.parseInt(year.strip());
                if (ratingYear < 2000 || ratingYear > 2100) {
                    errors.add(ApiError.parameter("year", message("api.error.year.range", year)));
                }
            } catch (NumberFormatException e) {
                errors.add(ApiError.parameter("year", message("api.error.year.format", year)));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new AsOf(date, ratingYear);
    }

    /**
     * A date parameter {@code YYYY-MM-DD} that is neither in the future nor before 2000; a problem is added to
     * {@code errors} and gives null. An absent parameter gives null without a problem.
     */
    public LocalDate pastDate(String parameter, String text, List<ApiError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(LocalDate.now(clock))) {
                errors.add(ApiError.parameter(parameter, message("api.error.date.future", parameter, text)));
            } else if (date.getYear() < 2000) {
                errors.add(ApiError.parameter(parameter, message("api.error.date.tooEarly", parameter, text)));
            } else {
                return date;
            }
        } catch (DateTimeParseException e) {
            errors.add(ApiError.parameter(parameter, message("api.error.date.format", text)));
        }
        return null;
    }

    public String message(String key, Object... params) {
        return translations.vietnamese(key, params);
    }
}

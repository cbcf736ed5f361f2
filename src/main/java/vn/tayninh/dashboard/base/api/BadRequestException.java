package vn.tayninh.dashboard.base.api;

import java.util.List;

/** A request the API refuses as a whole, with every reason. */
public class BadRequestException extends RuntimeException {

    private final List<ApiError> errors;

    public BadRequestException(List<ApiError> errors) {
        super(errors.stream().map(ApiError::message).reduce((a, b) -> a + "; " + b).orElse("bad request"));
        this.errors = List.copyOf(errors);
    }

    public BadRequestException(ApiError error) {
        this(List.of(error));
    }

    public List<ApiError> errors() {
        return errors;
    }
}

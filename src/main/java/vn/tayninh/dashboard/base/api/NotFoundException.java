package vn.tayninh.dashboard.base.api;

/** A request naming a record or commune that does not exist; answered 404 with the API's error body. */
public class NotFoundException extends RuntimeException {

    private final ApiError error;

    public NotFoundException(ApiError error) {
        super(error.message());
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}

package vn.tayninh.dashboard.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem with a request, in Vietnamese: a bad parameter, or a line and column of an uploaded file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String parameter, Integer line, String column, String message) {

    public static ApiError parameter(String parameter, String message) {
        return new ApiError(parameter, null, null, message);
    }

    public static ApiError message(String message) {
        return new ApiError(null, null, null, message);
    }
}

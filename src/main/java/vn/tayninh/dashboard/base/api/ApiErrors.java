package vn.tayninh.dashboard.base.api;

import java.util.List;

/** The body of every 4xx answer of the API: {@code {"errors": [...]}}. */
public record ApiErrors(List<ApiError> errors) {
}

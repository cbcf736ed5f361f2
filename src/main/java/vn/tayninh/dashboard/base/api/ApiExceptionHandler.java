package vn.tayninh.dashboard.base.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns refusals into the API's JSON error body: 400 for bad input, 403 for what the role may not do. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    private final ApiParameters parameters;

    ApiExceptionHandler(ApiParameters parameters) {
        this.parameters = parameters;
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiErrors> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest().body(new ApiErrors(e.errors()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiErrors> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(ApiError.parameter(e.getName(),
                parameters.message("api.error.parameter.invalid", e.getName(), String.valueOf(e.getValue()))))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiErrors> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(ApiError.parameter(e.getParameterName(),
                parameters.message("api.error.parameter.missing", e.getParameterName())))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiErrors> missingPart(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(ApiError.parameter(e.getRequestPartName(),
                parameters.message("api.error.parameter.missing", e.getRequestPartName())))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiErrors> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ApiErrors(List.of(ApiError.message(parameters.message("api.error.forbidden")))));
    }
}

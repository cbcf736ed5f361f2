package vn.tayninh.dashboard.base.api;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;

/**
 * Turns refusals into the API's JSON error body: 400 for bad input, 403 for what the role may not do, 409 for a
 * record changed since the client read it.
 */
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

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiErrors> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiErrors(List.of(e.error())));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiErrors> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiErrors(e.problems().stream()
                .map(problem -> ApiError.parameter(problem.field(), problem.message())).toList()));
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ApiConflict> conflict(EditConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiConflict(parameters.message("api.error.conflict"),
                e.currentVersion(), e.currentValues()));
    }

    /** A body that is not JSON, or a member of the wrong type (a date, a code): named when Jackson knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiErrors> unreadableBody(HttpMessageNotReadableException e) {
        String member = e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
                ? json.getPath().stream().map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."))
                : null;
        String message = member == null ? parameters.message("api.error.body")
                : parameters.message("api.error.body.member", member);
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(member == null ? ApiError.message(message)
                : ApiError.parameter(member, message))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiErrors> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ApiErrors(List.of(ApiError.message(parameters.message("api.error.forbidden")))));
    }
}

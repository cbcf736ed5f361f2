package vn.tayninh.dashboard.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.util.DisconnectedClientHelper;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import vn.tayninh.dashboard.base.DatabaseFailure;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.UnknownRecordException;

/**
 * Turns refusals into the API's JSON error body: 400 for bad input, 403 for what the role may not do, 409 for a
 * record changed since the client read it, 503 when the database cannot serve (unreachable, read-only, disk full).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** Seconds after which a client may try again when the database was unavailable. */
    static final String RETRY_AFTER = "30";

    private final ApiParameters parameters;

    ApiExceptionHandler(ApiParameters parameters) {
        this.parameters = parameters;
    }

    /** A bounded queue is full: 429 with when to try again. */
    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ApiErrors> tooMany(TooManyRequestsException e, HttpServletResponse response) {
        untype(response);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(new ApiErrors(List.of(ApiError.message(parameters.message(e.messageKey())))));
    }

    /**
     * The client hung up while its answer was being written (a download cancelled): nothing is left to answer, and
     * it is no failure of the server, so one line at DEBUG and no stack.
     */
    @ExceptionHandler({IOException.class, AsyncRequestNotUsableException.class})
    ResponseEntity<ApiErrors> clientGone(Exception e, HttpServletRequest request) throws Exception {
        if (!DisconnectedClientHelper.isClientDisconnectedException(e)
                && !(e instanceof AsyncRequestNotUsableException)) {
            throw e;
        }
        log.debug("The client left before its answer to {} was written: {}", request.getRequestURI(), e.toString());
        return null;
    }

    /**
     * Before an error body replaces an answer not yet sent, forgets the type that answer was given (a ZIP, a PDF),
     * so that the body goes out as JSON instead of failing to be written as a file.
     */
    private static void untype(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.setContentType(null);
            response.setHeader("Content-Disposition", null);
        }
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

    /** A change to a record id that does not exist: 404, as a read of it. */
    @ExceptionHandler(UnknownRecordException.class)
    ResponseEntity<ApiErrors> unknownRecord(UnknownRecordException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiErrors(List.of(
                ApiError.parameter("id", e.problems().getFirst().message()))));
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
        if (ApiErrorBodyFilter.causedByTooLarge(e)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(new ApiErrors(List.of(ApiError.message(parameters.message("api.error.tooLarge")))));
        }
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

    /**
     * Two saves of one record from the same read that met in the database: the row's version had already moved when
     * the second was written. Nothing of it was written.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiConflict> raceLost(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiConflict(parameters.message("api.error.conflict"),
                -1, java.util.Map.of()));
    }

    /**
     * A write the database refused as a duplicate or an inconsistency that the services' checks did not see coming
     * (two identical requests at once): 409, nothing was written.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiErrors> duplicate(DataIntegrityViolationException e, HttpServletResponse response)
            throws Exception {
        if (DatabaseFailure.of(e).isPresent()) {
            return databaseFailure(e, response);
        }
        log.warn("API write refused by the database: {}", e.getMostSpecificCause().toString());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiErrors(List.of(ApiError.message(parameters.message("api.error.duplicate")))));
    }

    /**
     * The database could not serve the request (stopped or restarting, no connection in time, read-only, disk
     * full): 503 with what happened in Vietnamese; the transaction rolled back, so nothing was written. Any other
     * failure goes on to the default handling.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<ApiErrors> databaseFailure(Exception e, HttpServletResponse response) throws Exception {
        Optional<DatabaseFailure> failure = DatabaseFailure.of(e);
        if (failure.isEmpty()) {
            throw e;
        }
        if (response.isCommitted()) {
            // part of a file has gone out already: the client sees a cut download, there is no answer left to give
            log.warn("API request cut, the database is {}: {}", failure.get(), e.toString());
            return null;
        }
        untype(response);
        log.warn("API request refused, the database is {}: {}", failure.get(), e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER)
                .body(new ApiErrors(List.of(ApiError.message(parameters.message(failure.get().messageKey())))));
    }
}

package com.ticketorleaveit.platform.web;

import static com.ticketorleaveit.platform.web.ProblemResponses.problem;
import static com.ticketorleaveit.platform.web.ProblemResponses.response;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.platform.refusal.Refusals;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error leaves as application/problem+json with a stable code. Anything unexpected is a 500 and logged. */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return response(ProblemResponses.validation(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of(
                                "field",
                                result.getMethodParameter().getParameterName() == null
                                        ? "?"
                                        : result.getMethodParameter().getParameterName(),
                                "message",
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return response(ProblemResponses.validation(errors));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList();
        return response(ProblemResponses.validation(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof RequestBodyLimitFilter.RequestBodyTooLarge tooLarge) {
            return tooLarge(tooLarge);
        }
        return response(problem(400, "MALFORMED_REQUEST", "The request body is not valid JSON of the expected shape."));
    }

    /** A body sent without a length that ran over the limit while it was read. */
    @ExceptionHandler(RequestBodyLimitFilter.RequestBodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyLimitFilter.RequestBodyTooLarge e) {
        return response(RequestBodyLimitFilter.tooLarge(e.limit));
    }

    /** Names the parameter, never the Java types or the converter's message. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return response(problem(400, "INVALID_PARAMETER", "Parameter '" + e.getName() + "' has an invalid value."));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return response(problem(400, "INVALID_PARAMETER", "Parameter '" + e.getParameterName() + "' is required."));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return response(problem(400, "MISSING_HEADER", "Header " + e.getHeaderName() + " is required."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return response(problem(415, "UNSUPPORTED_MEDIA_TYPE", "Send application/json."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return response(problem(406, "NOT_ACCEPTABLE", "This resource is not available in the media type asked for."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return response(problem(405, "METHOD_NOT_ALLOWED", e.getMethod() + " is not allowed on this resource."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return response(problem(404, "NOT_FOUND", "No such resource."));
    }

    /**
     * A refusal Spring made with a status of its choosing, such as a management endpoint's unreadable parameter, keeps
     * it: it is the caller's mistake, not a failure of ours.
     */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refusedWithStatus(ResponseStatusException e) {
        HttpStatusCode status = e.getStatusCode();
        if (!status.is4xxClientError()) {
            return unexpected(e);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return response(problem(
                status.value(),
                known == null ? "HTTP_" + status.value() : known.name(),
                e.getReason() == null ? "The request was refused." : e.getReason()));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        var problem = problem(e.status(), e.code(), e.getMessage());
        return e.retryAfter()
                .map(wait -> ResponseEntity.status(e.status())
                        .header("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)))
                        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem))
                .orElseGet(() -> response(problem));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return response(problem(401, "UNAUTHENTICATED", "A valid access token is required."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return response(problem(403, "FORBIDDEN", "You may not do this."));
    }

    @ExceptionHandler(NoHandlerForCommandException.class)
    ResponseEntity<ProblemDetail> noHandler(NoHandlerForCommandException e) {
        log.warn("No command handler reachable: {}", e.getMessage());
        return unavailable();
    }

    private static ResponseEntity<ProblemDetail> unavailable() {
        return retryShortly(
                problem(503, "SERVICE_UNAVAILABLE", "The service is starting or unavailable; retry shortly."));
    }

    /** A 503 the client may ask again after a second: nothing was done. */
    private static ResponseEntity<ProblemDetail> retryShortly(ProblemDetail problem) {
        return ResponseEntity.status(503)
                .header("Retry-After", "1")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        return Refusals.of(e)
                .map(refusal -> refusal.category() == Refusal.Category.BUSY
                        ? retryShortly(problem(503, refusal.code(), e.getMessage()))
                        : response(problem(status(refusal.category()), refusal.code(), e.getMessage())))
                .orElseGet(() -> infrastructure(e));
    }

    /** The one place where a refusal's category becomes an HTTP status. */
    static int status(Refusal.Category category) {
        return switch (category) {
            case INVALID -> 400;
            case NOT_PERMITTED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE_VIOLATION -> 422;
            case BUSY -> 503;
        };
    }

    @ExceptionHandler({AggregateNotFoundException.class, ConcurrencyException.class, CommandDispatchException.class})
    ResponseEntity<ProblemDetail> infrastructure(Exception e) {
        if (CommandFailures.causedBy(e, AggregateNotFoundException.class)) {
            return response(problem(404, "NOT_FOUND", "No such resource."));
        }
        if (CommandFailures.causedBy(e, ConcurrencyException.class)
                || CommandFailures.causedBy(e, AggregateStreamCreationException.class)) {
            return response(
                    problem(409, "CONCURRENT_MODIFICATION", "Someone else changed this at the same time; retry."));
        }
        if (CommandFailures.causedBy(e, CommandDispatchException.class) || databaseUnavailable(e)) {
            return unavailable();
        }
        return unexpected(e);
    }

    /** The database cannot be reached, here or on the node that handled a command: nothing was done, ask again. */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        SQLTransientConnectionException.class,
        SQLNonTransientConnectionException.class
    })
    ResponseEntity<ProblemDetail> databaseDown(Exception e) {
        log.warn("Database unavailable: {}", e.toString());
        return unavailable();
    }

    private static boolean databaseUnavailable(Throwable e) {
        return CommandFailures.causedBy(e, DataAccessResourceFailureException.class)
                || CommandFailures.causedBy(e, CannotGetJdbcConnectionException.class)
                || CommandFailures.causedBy(e, CannotCreateTransactionException.class)
                || CommandFailures.causedBy(e, SQLTransientConnectionException.class)
                || CommandFailures.causedBy(e, SQLNonTransientConnectionException.class);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (databaseUnavailable(e)) {
            return databaseDown(e);
        }
        log.error("Unexpected error", e);
        return response(problem(500, "INTERNAL_ERROR", "Something went wrong on our side."));
    }
}

package com.kpbank.lc.gateway.problem;

import com.kpbank.lc.api.command.CommandRefusal;
import jakarta.validation.ConstraintViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns every failure of a request into a problem detail of API.md: field errors for bad input,
 * the command service's refusals by their code, and never a stack trace. A failure we did not
 * foresee is logged here and answered with a bare 500 problem.
 */
@RestControllerAdvice
class GatewayProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayProblemHandling.class);

    /** Refusals that are not a broken business rule (422) but one of the API's general problems. */
    private static final Map<String, HttpStatus> STATUS_BY_REFUSAL = Map.of(
            CommandRefusal.INVALID_COMMAND, HttpStatus.BAD_REQUEST,
            CommandRefusal.NOT_FOUND, HttpStatus.NOT_FOUND,
            CommandRefusal.WRONG_STATE, HttpStatus.CONFLICT,
            CommandRefusal.STALE, HttpStatus.PRECONDITION_FAILED,
            CommandRefusal.ALREADY_EXISTS, HttpStatus.CONFLICT,
            "check-already-recorded", HttpStatus.CONFLICT);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> refused(CommandExecutionException exception) {
        Object details = exception.getDetails().orElse(null);
        if (!(details instanceof CommandRefusal refusal)) {
            LOG.error("command failed without a refusal", exception);
            return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE,
                    "the application could not be processed now; try again later"));
        }
        return problem(toProblem(refusal));
    }

    static ProblemDetail toProblem(CommandRefusal refusal) {
        if (CommandRefusal.INVALID_COMMAND.equals(refusal.code())) {
            return Problems.invalidRequest(refusal.message(), refusal.violations().stream()
                    .map(violation -> new Problems.FieldError(violation.field(), violation.message()))
                    .toList());
        }
        HttpStatus status = STATUS_BY_REFUSAL.getOrDefault(refusal.code(), HttpStatus.UNPROCESSABLE_ENTITY);
        return Problems.of(status, refusal.code(), refusal.message());
    }

    @ExceptionHandler(InvalidRequestBody.class)
    ResponseEntity<Object> invalid(InvalidRequestBody exception) {
        return problem(Problems.invalidRequest("the request body is not valid", fieldErrors(exception.violations())));
    }

    /**
     * Headers or parameters no server could understand: an {@code Accept} or {@code Content-Type} that is
     * not a media type, or a parameter the security firewall rejects (e.g. control characters in its name).
     */
    @ExceptionHandler({InvalidMediaTypeException.class, RequestRejectedException.class})
    ResponseEntity<Object> malformedRequest(RuntimeException exception) {
        return problem(Problems.malformedRequest("has a malformed header or parameter"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unforeseen(Exception exception) {
        LOG.error("request failed unexpectedly", exception);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "the request could not be processed"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.invalidRequest("the request body is not valid", fieldErrors(exception.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.unreadable(exception.getCause()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : exception.getPropertyName();
        return problem(Problems.invalidRequest("a parameter has the wrong type or format",
                List.of(new Problems.FieldError(field, "has the wrong type or format"))));
    }

    /** Spring MVC's own errors keep their status and get the API's problem type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && "about:blank".equals(problem.getType().toString())) {
            Problems.typeOfStatus(status.value()).ifPresent(type -> problem.setType(Problems.typeUri(type)));
        }
        return response;
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static List<Problems.FieldError> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> {
                    String field = error.getField();
                    if (error.contains(ConstraintViolation.class)) {
                        field = JsonFieldPaths.of(error.unwrap(ConstraintViolation.class));
                    }
                    return new Problems.FieldError(field, error.getDefaultMessage());
                })
                .toList();
    }

    private static List<Problems.FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new Problems.FieldError(JsonFieldPaths.of(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
    }
}

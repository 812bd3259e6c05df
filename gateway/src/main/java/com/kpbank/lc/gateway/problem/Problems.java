package com.kpbank.lc.gateway.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem types of the API (API.md, "Errors"), as RFC 9457 problem details: one place names them,
 * so that every error class of every endpoint answers the same way.
 */
public final class Problems {

    public static final String INVALID_REQUEST = "invalid-request";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String WRONG_STATE = "wrong-state";
    public static final String STALE = "stale";
    public static final String UNAVAILABLE = "unavailable";
    public static final String REQUEST_TOO_LARGE = "request-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String TOO_MANY_STREAMS = "too-many-streams";
    static final String ERRORS = "errors";
    /** How Jackson's strict duplicate detection names the field (JsonParser.Feature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate (?:field|Object property) '([^']{0,100})'");

    /** Problem types of errors that the web stack (Spring MVC, Tomcat) answers by status alone. */
    private static final Map<Integer, String> TYPES_BY_STATUS = Map.of(
            400, INVALID_REQUEST,
            404, NOT_FOUND,
            405, "method-not-allowed",
            406, "not-acceptable",
            413, REQUEST_TOO_LARGE,
            414, REQUEST_TOO_LARGE,
            415, UNSUPPORTED_MEDIA_TYPE,
            431, REQUEST_TOO_LARGE);

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeUri(type));
        return problem;
    }

    static Optional<String> typeOfStatus(int status) {
        return Optional.ofNullable(TYPES_BY_STATUS.get(status));
    }

    /**
     * A problem of a status alone, for an error the web stack answers before or outside the API's handlers;
     * a 400 names the request as the field at fault, saying what is wrong with it.
     */
    static ProblemDetail ofStatus(HttpStatus status, String whatIsWrong) {
        ProblemDetail problem = status == HttpStatus.BAD_REQUEST
                ? malformedRequest(whatIsWrong)
                : ProblemDetail.forStatusAndDetail(status, status.is5xxServerError() ? "the request could not be processed" : "the request was refused");
        if (status != HttpStatus.BAD_REQUEST) {
            typeOfStatus(status.value()).ifPresent(type -> problem.setType(typeUri(type)));
        }
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static URI typeUri(String type) {
        return URI.create("/problems/" + type);
    }

    /** A 400 for a request no server could take as it is (its path, a header, a parameter), saying what is wrong with it. */
    public static ProblemDetail malformedRequest(String whatIsWrong) {
        return invalidRequest("the request is malformed", List.of(new FieldError("request", whatIsWrong)));
    }

    /** A 400 naming the fields at fault. */
    public static ProblemDetail invalidRequest(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_REQUEST, detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    /**
     * A 400 for a body that is not JSON, or has a value of the wrong type, a field it should not have or a
     * field twice, naming the field where it can.
     */
    public static ProblemDetail unreadable(Throwable cause) {
        Matcher duplicate = DUPLICATE_FIELD.matcher(cause == null || cause.getMessage() == null ? "" : cause.getMessage());
        if (duplicate.lookingAt()) {
            return invalidRequest("the request body cannot be read", List.of(new FieldError(duplicate.group(1), "appears more than once")));
        }
        boolean located = cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
        String field = located ? JsonFieldPaths.of(((JsonMappingException) cause).getPath()) : "body";
        String message = cause instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : located ? "has the wrong type or format" : "is missing or not well-formed JSON";
        return invalidRequest("the request body cannot be read", List.of(new FieldError(field, message)));
    }

    /** One field of the request that is wrong, by its path in the JSON body or its parameter name. */
    public record FieldError(String field, String message) {
    }
}

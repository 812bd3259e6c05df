package com.kpbank.lc.gateway.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

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
    static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeUri(type));
        return problem;
    }

    public static URI typeUri(String type) {
        return URI.create("/problems/" + type);
    }

    /** A 400 naming the fields at fault. */
    public static ProblemDetail invalidRequest(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_REQUEST, detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    /** A 400 for a body that is not JSON or has a value of the wrong type, naming the field where it can. */
    public static ProblemDetail unreadable(Throwable cause) {
        boolean located = cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
        String field = located ? JsonFieldPaths.of(((JsonMappingException) cause).getPath()) : "body";
        String message = located ? "has the wrong type or format" : "is missing or not well-formed JSON";
        return invalidRequest("the request body cannot be read", List.of(new FieldError(field, message)));
    }

    /** One field of the request that is wrong, by its path in the JSON body or its parameter name. */
    public record FieldError(String field, String message) {
    }
}

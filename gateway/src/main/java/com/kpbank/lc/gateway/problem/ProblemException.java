package com.kpbank.lc.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Ends a request with one of the API's problems; the controllers throw it, the problem handling answers it. */
public class ProblemException extends ErrorResponseException {

    public ProblemException(ProblemDetail problem) {
        super(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, what + " does not exist or is not visible to you"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE, detail));
    }
}

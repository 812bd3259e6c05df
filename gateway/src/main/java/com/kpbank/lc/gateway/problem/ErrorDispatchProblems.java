package com.kpbank.lc.gateway.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of the servlet container's error dispatch, for errors that no handler of the API
 * answered (e.g. a method the API explorer's static resources do not take): a problem detail of the
 * error's status, whatever the request accepts, in the place of Spring Boot's white-label page.
 * It says nothing but the status: what went wrong is logged where it happened.
 */
@RestController
class ErrorDispatchProblems implements ErrorController {

    static final String PATH = "/error";

    @RequestMapping(PATH)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus known = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        HttpStatus status = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.ofStatus(status, "cannot be taken"));
    }
}

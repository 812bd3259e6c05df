package com.kpbank.lc.gateway.problem;

import jakarta.validation.ConstraintViolation;

import java.util.Set;

/** A request body that was read but breaks the constraints of its type: a 400 naming each field. */
public class InvalidRequestBody extends RuntimeException {

    private final transient Set<? extends ConstraintViolation<?>> violations;

    public InvalidRequestBody(Set<? extends ConstraintViolation<?>> violations) {
        super("invalid request body");
        this.violations = violations;
    }

    Set<? extends ConstraintViolation<?>> violations() {
        return violations;
    }
}

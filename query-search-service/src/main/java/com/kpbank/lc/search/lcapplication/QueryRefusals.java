package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.CommandRefusal.FieldViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.queryhandling.QueryExecutionException;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How the search service refuses a malformed query: with a {@link QueryExecutionException} whose details are
 * a {@link CommandRefusal} {@code invalid-request} naming each field, which the gateway answers as a 400.
 */
final class QueryRefusals {

    private QueryRefusals() {
    }

    static void validate(Validator validator, Object query) {
        Collection<ConstraintViolation<Object>> violations = validator.validate(query);
        if (!violations.isEmpty()) {
            List<FieldViolation> fields = violations.stream()
                    .map(violation -> new FieldViolation(violation.getPropertyPath().toString(), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field))
                    .toList();
            throw refused(query.getClass().getSimpleName() + " is malformed: " + fields, fields);
        }
    }

    static QueryExecutionException refused(String message, List<FieldViolation> violations) {
        return new QueryExecutionException(message, null, new CommandRefusal(CommandRefusal.INVALID_COMMAND, message, violations));
    }
}

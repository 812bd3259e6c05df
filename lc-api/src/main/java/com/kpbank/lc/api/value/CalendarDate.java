package com.kpbank.lc.api.value;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A date an LC can name (DOMAIN.md, bounds): from {@value #EARLIEST} up to the {@link Horizon} ahead of
 * today, so that every store and every screen can hold it. Today is the validator's clock
 * ({@code ClockProvider}); the horizon is the validator's {@link Horizon} payload, five years when none
 * is configured. {@code null} is valid: pair it with {@code @NotNull}. Whether a date is in the future
 * is a business rule of the command service, not this bound.
 */
@Documented
@Constraint(validatedBy = CalendarDate.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CalendarDate {

    String EARLIEST = "2000-01-01";

    /** The ISO form every date of the API is written in: {@code yyyy-MM-dd}, nothing else. */
    String PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    String message() default "must be a date from " + EARLIEST + " to at most {horizon} ahead of today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** How far ahead a date may be: configured where validation is configured. */
    record Horizon(Period ahead) {

        public static final Horizon DEFAULT = new Horizon(Period.ofYears(5));

        public LocalDate latest(LocalDate today) {
            return today.plus(ahead);
        }

        /** E.g. "5 years", as a field error says it. */
        String describe() {
            return ahead.getMonths() == 0 && ahead.getDays() == 0 ? ahead.getYears() + " years" : ahead.toString();
        }
    }

    class Validator implements ConstraintValidator<CalendarDate, LocalDate> {

        private static final LocalDate FIRST = LocalDate.parse(EARLIEST);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            Horizon horizon = hibernate.getConstraintValidatorPayload(Horizon.class);
            horizon = horizon == null ? Horizon.DEFAULT : horizon;
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            if (!value.isBefore(FIRST) && !value.isAfter(horizon.latest(today))) {
                return true;
            }
            hibernate.addMessageParameter("horizon", horizon.describe());
            return false;
        }
    }
}

package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A SWIFT business identifier code: bank, country, location and optional branch, 8 or 11 characters. */
public record Bic(@NotNull @Pattern(regexp = Bic.PATTERN, message = "must be a BIC of 8 or 11 characters") String value) {

    public static final String PATTERN = "[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Bic {
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

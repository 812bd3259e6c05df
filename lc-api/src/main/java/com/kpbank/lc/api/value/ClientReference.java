package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The applicant's own label for an application, 4 to 35 characters. */
public record ClientReference(@NotBlank @Size(min = 4, max = 35) String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ClientReference {
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

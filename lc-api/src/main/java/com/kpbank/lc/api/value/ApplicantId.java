package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The importer who owns an application: the user name it authenticates with. */
public record ApplicantId(@NotBlank @Size(max = 64) String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ApplicantId {
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

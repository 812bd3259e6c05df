package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;

/** A country by its ISO 3166-1 alpha-2 code. */
public record Country(@NotNull @IsoCountry String code) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Country {
    }

    public static Country of(String code) {
        return new Country(code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}

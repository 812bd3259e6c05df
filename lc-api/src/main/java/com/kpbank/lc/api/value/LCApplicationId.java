package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Identifies one LC application. Its {@link #toString()} is the bare UUID, as Axon routes by it. */
public record LCApplicationId(@NotNull UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LCApplicationId {
    }

    public static LCApplicationId newId() {
        return new LCApplicationId(UUID.randomUUID());
    }

    public static LCApplicationId of(String value) {
        return new LCApplicationId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

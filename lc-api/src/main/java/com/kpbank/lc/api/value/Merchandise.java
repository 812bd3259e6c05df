package com.kpbank.lc.api.value;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The goods the LC pays for: one or more items, and whether they are hazardous. */
public record Merchandise(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid MerchandiseItem> items,
        boolean hazardous) {

    public Merchandise {
        items = items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }
}

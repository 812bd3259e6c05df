package com.kpbank.lc.api.value;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One line of the merchandise: what, its optional Harmonized System code, how many, in which unit. */
public record MerchandiseItem(
        @NotBlank @Size(max = 140) String description,
        @Pattern(regexp = MerchandiseItem.HS_CODE, message = "must be an HS code of 6, 8 or 10 digits") String hsCode,
        @Min(1) @Max(1_000_000_000) long quantity,
        @NotBlank @Size(max = 20) String unit) {

    public static final String HS_CODE = "\\d{6}(\\d{2}){0,2}";
}

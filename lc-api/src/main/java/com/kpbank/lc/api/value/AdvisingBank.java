package com.kpbank.lc.api.value;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bank in the beneficiary's country that advises the LC to the beneficiary. */
public record AdvisingBank(
        @NotNull @Valid Bic bic,
        @NotBlank @Size(max = 70) String name,
        @NotNull @Valid Country country) {
}

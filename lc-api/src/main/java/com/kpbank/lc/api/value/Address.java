package com.kpbank.lc.api.value;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A postal address. */
public record Address(
        @NotBlank @Size(max = 70) String street,
        @NotBlank @Size(max = 35) String city,
        @NotBlank @Size(max = 16) String postalCode,
        @NotNull @Valid Country country) {

    /** Personal data stays out of logs: only the country is shown. */
    @Override
    public String toString() {
        return "Address[street=***, city=***, postalCode=***, country=" + country + "]";
    }
}

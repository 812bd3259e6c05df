package com.kpbank.lc.api.value;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An applicant or a beneficiary: a name and a postal address. */
public record Party(
        @NotBlank @Size(max = 70) String name,
        @NotNull @Valid Address address) {

    /** The country the party resides in. */
    public Country country() {
        return address.country();
    }

    /** Personal data stays out of logs: only the country is shown. */
    @Override
    public String toString() {
        return "Party[name=***, address=" + address + "]";
    }
}

package com.kpbank.lc.gateway.lcapplication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code start}: the applicant's own label for the new application. */
record StartRequest(@NotBlank @Size(min = 4, max = 35) String clientReference) {
}

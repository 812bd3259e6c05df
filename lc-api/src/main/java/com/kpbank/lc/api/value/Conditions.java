package com.kpbank.lc.api.value;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * The terms of payment and shipment. A deferred tenor needs its number of days: that is a business
 * rule of the command service, since it depends on two fields together.
 */
public record Conditions(
        @NotNull Tenor tenor,
        @Min(1) @Max(360) Integer deferredDays,
        boolean partialShipmentsAllowed,
        boolean transshipmentAllowed,
        @NotNull @CalendarDate LocalDate latestShipmentDate) {
}

package com.kpbank.lc.command.lcapplication;

import java.time.LocalDate;

/** The LC must still be valid when the goods are shipped: expiry after the latest shipment date. */
public class ExpiryBeforeShipmentException extends BusinessRuleViolation {

    public static final String CODE = "expiry-before-shipment";

    public ExpiryBeforeShipmentException(LocalDate expiryDate, LocalDate latestShipmentDate) {
        super(CODE, "the expiry date " + expiryDate + " is not after the latest shipment date " + latestShipmentDate);
    }
}

package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import java.time.LocalDate;

/** The LC must still be valid when the goods are shipped: expiry after the latest shipment date. */
public class ExpiryBeforeShipmentException extends BusinessRuleViolation {

    public ExpiryBeforeShipmentException(LocalDate expiryDate, LocalDate latestShipmentDate) {
        super(CommandRefusal.EXPIRY_BEFORE_SHIPMENT, "the expiry date " + expiryDate + " is not after the latest shipment date " + latestShipmentDate);
    }
}

package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;

/**
 * A positive amount in an ISO 4217 currency. Amounts are kept at a scale of two, so that
 * {@code 12500} and {@code 12500.00} are the same money; JSON carries the amount as a string.
 */
public record Money(
        @NotNull @Positive @Digits(integer = 13, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NotNull @IsoCurrency String currency) {

    public Money {
        if (amount != null && amount.scale() < 2) {
            amount = amount.setScale(2);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}

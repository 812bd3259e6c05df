package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;

/**
 * A positive amount in an ISO 4217 currency, of at most {@value #INTEGER_DIGITS} integer and
 * {@value #FRACTION_DIGITS} fraction digits. Amounts within those bounds are kept at a scale of two, so
 * that {@code 12500} and {@code 12500.00} are the same money; one outside them is left as it is, for
 * validation to refuse: scaling {@code 1E+10000000} would cost seconds. JSON carries the amount as a string.
 */
public record Money(
        @NotNull @Positive @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NotNull @IsoCurrency String currency) {

    public static final int INTEGER_DIGITS = 13;
    public static final int FRACTION_DIGITS = 2;

    /** An amount as the API writes it: a positive decimal within the bounds above, e.g. {@code 12500.00}. */
    public static final String AMOUNT_TEXT = "(?=.*[1-9])\\d{1," + INTEGER_DIGITS + "}(\\.\\d{1," + FRACTION_DIGITS + "})?";

    public Money {
        if (amount != null && amount.scale() < FRACTION_DIGITS && amount.precision() - amount.scale() <= INTEGER_DIGITS) {
            amount = amount.setScale(FRACTION_DIGITS);
        }
    }

    /** The most an LC of this amount may be drawn to with a tolerance of this many percent: the amount plus them. */
    public Money plusPercent(int percent) {
        return new Money(amount.add(amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2)), currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}

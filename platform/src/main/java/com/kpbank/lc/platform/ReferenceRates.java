package com.kpbank.lc.platform;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The bank's default reference rates: US dollars per unit of each currency. Every component that
 * converts money (the command service's maximum LC value, the auto-approval threshold) and every list of
 * tradeable currencies (the API's forms) starts from this one table; each can be overridden by its
 * component's configuration.
 */
public final class ReferenceRates {

    public static final Map<String, BigDecimal> USD_PER_UNIT = Map.of(
            "USD", BigDecimal.ONE,
            "EUR", new BigDecimal("1.08"),
            "GBP", new BigDecimal("1.27"),
            "CHF", new BigDecimal("1.12"),
            "JPY", new BigDecimal("0.0067"),
            "CNY", new BigDecimal("0.14"),
            "KRW", new BigDecimal("0.00073"),
            "SGD", new BigDecimal("0.74"),
            "HKD", new BigDecimal("0.128"),
            "CAD", new BigDecimal("0.73"));

    private ReferenceRates() {
    }
}

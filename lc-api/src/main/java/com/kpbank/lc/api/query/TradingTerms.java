package com.kpbank.lc.api.query;

import java.util.List;

/**
 * The lookup data a form offers as choices, from the service whose rules use it.
 *
 * @param tradeableCurrencies ISO 4217 codes the bank issues LCs in, sorted
 * @param countries           ISO 3166-1 codes a party or bank of an LC may be in (every known country
 *                            but the sanctioned ones), sorted
 */
public record TradingTerms(List<String> tradeableCurrencies, List<String> countries) {

    public TradingTerms {
        tradeableCurrencies = List.copyOf(tradeableCurrencies);
        countries = List.copyOf(countries);
    }
}

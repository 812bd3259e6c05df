package com.kpbank.lc.command.lookup;

import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.TradingTerms;
import com.kpbank.lc.api.value.IsoCountry;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Tells other services (the API's forms) the lookup data the LC application's rules use. */
@Component
class TradingTermsQueries {

    private final TradingTerms terms;

    TradingTermsQueries(LCLookupData lookupData) {
        this.terms = new TradingTerms(
                lookupData.tradeableCurrencies().stream().sorted().toList(),
                IsoCountry.CODES.stream().filter(code -> !lookupData.sanctionedCountries().contains(code)).sorted().toList());
    }

    @QueryHandler
    TradingTerms handle(FindTradingTerms query) {
        return terms;
    }
}

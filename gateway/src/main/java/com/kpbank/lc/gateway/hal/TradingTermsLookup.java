package com.kpbank.lc.gateway.hal;

import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.TradingTerms;
import com.kpbank.lc.api.value.IsoCountry;
import com.kpbank.lc.gateway.GatewayBus;
import com.kpbank.lc.gateway.GatewayProperties;
import com.kpbank.lc.gateway.problem.ProblemException;
import com.kpbank.lc.platform.ReferenceRates;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The choices the forms offer for currencies and countries, asked of the command service (whose rules
 * decide them) and kept for {@code lc.gateway.trading-terms-refresh}. When it cannot be asked, the last
 * answer serves, until the next try a period later; before any answer, the platform's reference
 * currencies and every known country, so that rendering a form never fails on the command service being away.
 */
@Component
class TradingTermsLookup {

    private static final Logger LOG = LoggerFactory.getLogger(TradingTermsLookup.class);
    private static final TradingTerms PLATFORM_DEFAULTS = new TradingTerms(
            ReferenceRates.USD_PER_UNIT.keySet().stream().sorted().toList(), IsoCountry.CODES.stream().sorted().toList());

    private final GatewayBus bus;
    private final GatewayProperties properties;
    private volatile Answer last;

    TradingTermsLookup(GatewayBus bus, GatewayProperties properties) {
        this.bus = bus;
        this.properties = properties;
    }

    TradingTerms current() {
        Answer seen = last;
        if (seen == null || !Instant.now().isBefore(seen.at().plus(properties.tradingTermsRefresh()))) {
            seen = ask(seen == null ? PLATFORM_DEFAULTS : seen.terms());
            last = seen;
        }
        return seen.terms();
    }

    /**
     * The command service's answer, or else the terms known so far; either is kept for the refresh
     * period, so that while the command service is away a form waits for it once a period, not every time.
     */
    private Answer ask(TradingTerms knownSoFar) {
        try {
            return new Answer(bus.query(new FindTradingTerms(), ResponseTypes.instanceOf(TradingTerms.class)), Instant.now());
        } catch (ProblemException unavailable) {
            LOG.warn("the forms offer the trading terms {} for {}: {}", knownSoFar == PLATFORM_DEFAULTS ? "of the platform's defaults" : "last known",
                    properties.tradingTermsRefresh(), unavailable.getMessage());
            return new Answer(knownSoFar, Instant.now());
        }
    }

    private record Answer(TradingTerms terms, Instant at) {
    }
}

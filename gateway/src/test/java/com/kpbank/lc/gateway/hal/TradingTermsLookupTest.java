package com.kpbank.lc.gateway.hal;

import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.TradingTerms;
import com.kpbank.lc.gateway.GatewayBus;
import com.kpbank.lc.gateway.GatewayProperties;
import com.kpbank.lc.gateway.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The forms' choices come from the command service, asked at most once per refresh period, whether it answers or not. */
class TradingTermsLookupTest {

    private static final TradingTerms ANSWERED = new TradingTerms(List.of("CHF", "USD"), List.of("CH", "US"));

    private final GatewayBus bus = mock(GatewayBus.class);

    private TradingTermsLookup lookup(Duration refresh) {
        return new TradingTermsLookup(bus, new GatewayProperties(Duration.ofSeconds(10), Duration.ofSeconds(5), refresh, null));
    }

    @Test
    void the_command_services_answer_is_kept_for_the_refresh_period() {
        when(bus.query(isA(FindTradingTerms.class), any())).thenReturn(ANSWERED);
        TradingTermsLookup lookup = lookup(Duration.ofMinutes(1));

        assertThat(lookup.current()).isEqualTo(ANSWERED);
        assertThat(lookup.current()).isEqualTo(ANSWERED);
        verify(bus, times(1)).query(isA(FindTradingTerms.class), any());
    }

    @Test
    void while_the_command_service_is_away_the_platforms_defaults_serve_and_it_is_asked_once_a_period() {
        when(bus.query(isA(FindTradingTerms.class), any())).thenThrow(ProblemException.unavailable("away"));
        TradingTermsLookup lookup = lookup(Duration.ofMinutes(1));

        assertThat(lookup.current().tradeableCurrencies()).contains("USD", "EUR", "JPY");
        assertThat(lookup.current().countries()).contains("CH", "US");
        verify(bus, times(1)).query(isA(FindTradingTerms.class), any());
    }

    @Test
    void the_last_answer_serves_when_the_command_service_is_away_later() {
        when(bus.query(isA(FindTradingTerms.class), any())).thenReturn(ANSWERED).thenThrow(ProblemException.unavailable("away"));
        TradingTermsLookup lookup = lookup(Duration.ZERO);

        assertThat(lookup.current()).isEqualTo(ANSWERED);
        assertThat(lookup.current()).isEqualTo(ANSWERED);
        verify(bus, times(2)).query(isA(FindTradingTerms.class), any());
    }
}

package com.kpbank.lc.gateway.hal;

import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.CheckDecision;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.IsoCountry;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import com.kpbank.lc.platform.ReferenceRates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.hateoas.config.EnableHypermediaSupport;
import org.springframework.hateoas.config.EnableHypermediaSupport.HypermediaType;
import org.springframework.hateoas.mediatype.hal.forms.HalFormsConfiguration;
import org.springframework.hateoas.mediatype.hal.forms.HalFormsOptions;

import java.util.List;

/**
 * HAL and HAL-FORMS, with the choices a form offers inline: countries, tradeable currencies,
 * documents, tenors and check decisions. Tradeable currencies are read from the command service's
 * lookup property, so a form offers what the command service accepts.
 */
@Configuration(proxyBeanMethods = false)
@EnableHypermediaSupport(type = {HypermediaType.HAL, HypermediaType.HAL_FORMS})
class HalFormsOptionsConfiguration {

    /** The command service's setting; by default it trades the currencies that have a reference rate. */
    static final String TRADEABLE_CURRENCIES = "${lc.lookup.tradeable-currencies:#{null}}";

    @Bean
    HalFormsConfiguration lcHalFormsConfiguration(@Value(TRADEABLE_CURRENCIES) List<String> configuredCurrencies) {
        List<String> tradeableCurrencies = configuredCurrencies != null ? configuredCurrencies
                : ReferenceRates.USD_PER_UNIT.keySet().stream().sorted().toList();
        HalFormsOptions countries = HalFormsOptions.inline(IsoCountry.CODES.stream().sorted().toList());
        return new HalFormsConfiguration()
                .withOptions(Money.class, "currency", metadata -> HalFormsOptions.inline(tradeableCurrencies))
                .withOptions(Party.class, "address.country", metadata -> countries)
                .withOptions(AdvisingBank.class, "country", metadata -> countries)
                .withOptions(RequiredDocuments.class, "documents", metadata -> HalFormsOptions.inline(DocumentType.values())
                        .withMinItems(0L).withMaxItems((long) DocumentType.values().length))
                .withOptions(Conditions.class, "tenor", metadata -> HalFormsOptions.inline(Tenor.values()))
                .withOptions(Decision.class, "decision", metadata -> HalFormsOptions.inline(CheckDecision.values()));
    }
}

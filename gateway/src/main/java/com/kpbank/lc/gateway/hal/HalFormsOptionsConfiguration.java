package com.kpbank.lc.gateway.hal;

import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.CheckDecision;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.CalendarDate;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import com.kpbank.lc.gateway.lcapplication.Action;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.hateoas.config.EnableHypermediaSupport;
import org.springframework.hateoas.config.EnableHypermediaSupport.HypermediaType;
import org.springframework.hateoas.mediatype.hal.forms.HalFormsConfiguration;
import org.springframework.hateoas.mediatype.hal.forms.HalFormsOptions;

import java.time.LocalDate;

/**
 * HAL and HAL-FORMS, with the choices a form offers inline: countries, tradeable currencies,
 * documents, tenors and check decisions. Currencies and countries are the command service's trading
 * terms ({@link TradingTermsLookup}), so a form offers what the command service accepts. Every date
 * advertises the one form the API reads ({@link StrictJsonBinding}).
 */
@Configuration(proxyBeanMethods = false)
@EnableHypermediaSupport(type = {HypermediaType.HAL, HypermediaType.HAL_FORMS})
class HalFormsOptionsConfiguration {

    @Bean
    HalFormsConfiguration lcHalFormsConfiguration(TradingTermsLookup tradingTerms) {
        return new HalFormsConfiguration()
                .withPattern(LocalDate.class, CalendarDate.PATTERN)
                .withOptions(Action.Amount.class, "currency", metadata -> HalFormsOptions.inline(tradingTerms.current().tradeableCurrencies()))
                .withOptions(Party.class, "address.country", metadata -> HalFormsOptions.inline(tradingTerms.current().countries()))
                .withOptions(AdvisingBank.class, "country", metadata -> HalFormsOptions.inline(tradingTerms.current().countries()))
                .withOptions(RequiredDocuments.class, "documents", metadata -> HalFormsOptions.inline(DocumentType.values())
                        .withMinItems(0L).withMaxItems((long) DocumentType.values().length))
                .withOptions(Conditions.class, "tenor", metadata -> HalFormsOptions.inline(Tenor.values()))
                .withOptions(Decision.class, "decision", metadata -> HalFormsOptions.inline(CheckDecision.values()));
    }
}

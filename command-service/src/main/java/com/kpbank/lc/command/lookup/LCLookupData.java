package com.kpbank.lc.command.lookup;

import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.platform.ReferenceRates;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lookup data the LC application's rules consult: sanctioned countries, tradeable currencies, the
 * maximum LC value in US dollars and the reference rates that convert an amount to US dollars.
 * <p>
 * It is configuration, not code and not command content: command handlers receive it as a parameter
 * (Axon resolves it from the Spring context), so a caller can never bring its own. It is read from the
 * {@code lc.lookup.*} properties at start-up; changing it takes new configuration (e.g. environment
 * variables such as {@code LC_LOOKUP_SANCTIONEDCOUNTRIES=KP,IR}, or a file given with
 * {@code spring.config.additional-location}) and a restart of the command service, never a new build.
 * Each property missing from the configuration takes the default below, so the service and the
 * standalone composition work without any YAML.
 *
 * @param sanctionedCountries  ISO 3166-1 codes of countries no beneficiary may reside in
 * @param tradeableCurrencies  ISO 4217 codes the bank issues LCs in; each needs a reference rate
 * @param maximumLcValueUsd    the largest LC the bank issues, in US dollars
 * @param usdReferenceRates    US dollars per unit of each currency
 */
@ConfigurationProperties("lc.lookup")
public record LCLookupData(
        Set<String> sanctionedCountries,
        Set<String> tradeableCurrencies,
        BigDecimal maximumLcValueUsd,
        Map<String, BigDecimal> usdReferenceRates) {

    static final Set<String> DEFAULT_SANCTIONED_COUNTRIES = Set.of("KP", "IR", "SY", "CU");
    static final BigDecimal DEFAULT_MAXIMUM_LC_VALUE_USD = new BigDecimal("500000");

    public LCLookupData {
        sanctionedCountries = Set.copyOf(sanctionedCountries == null ? DEFAULT_SANCTIONED_COUNTRIES : sanctionedCountries);
        usdReferenceRates = Map.copyOf(usdReferenceRates == null ? ReferenceRates.USD_PER_UNIT : usdReferenceRates);
        tradeableCurrencies = Set.copyOf(tradeableCurrencies == null ? usdReferenceRates.keySet() : tradeableCurrencies);
        maximumLcValueUsd = maximumLcValueUsd == null ? DEFAULT_MAXIMUM_LC_VALUE_USD : maximumLcValueUsd;
        Set<String> withoutRate = new TreeSet<>(tradeableCurrencies);
        withoutRate.removeAll(usdReferenceRates.keySet());
        if (!withoutRate.isEmpty()) {
            throw new IllegalArgumentException("lc.lookup: tradeable currencies without a USD reference rate: " + withoutRate);
        }
    }

    /** The lookup data of the defaults above. */
    public static LCLookupData defaults() {
        return new LCLookupData(null, null, null, null);
    }

    public boolean isSanctioned(Country country) {
        return sanctionedCountries.contains(country.code());
    }

    public boolean isTradeable(String currency) {
        return tradeableCurrencies.contains(currency);
    }

    /** Whether a tradeable amount, converted to US dollars with its reference rate, is above the maximum LC value. */
    public boolean isAboveMaximum(Money amount) {
        BigDecimal rate = usdReferenceRates.get(amount.currency());
        if (rate == null) {
            throw new IllegalArgumentException("no USD reference rate for " + amount.currency());
        }
        return amount.amount().multiply(rate).setScale(2, RoundingMode.HALF_UP).compareTo(maximumLcValueUsd) > 0;
    }
}

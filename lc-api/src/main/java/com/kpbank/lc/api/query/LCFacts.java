package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.LCState;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the bank learns from all applications together.
 *
 * @param countsPerState          applications per current state
 * @param perCurrency             submitted amounts per currency code
 * @param approvalRate            approved / (approved + declined); 0 when nothing was decided
 * @param autoApproved            approved by the auto-approval policy
 * @param manuallyApproved        approved by a trade finance manager
 * @param timeToDecision          from submission to approval or decline
 * @param submissionsPerHour      submissions per clock hour (UTC), oldest first
 * @param submissionsPerBeneficiaryCountry submissions per beneficiary country code
 */
public record LCFacts(
        Map<LCState, Long> countsPerState,
        Map<String, CurrencyFacts> perCurrency,
        double approvalRate,
        long autoApproved,
        long manuallyApproved,
        DurationFacts timeToDecision,
        List<HourlyCount> submissionsPerHour,
        Map<String, Long> submissionsPerBeneficiaryCountry) {

    public record CurrencyFacts(long count, BigDecimal total, BigDecimal average) {
    }

    public record DurationFacts(long count, Duration mean, Duration median, Duration p90) {
    }

    public record HourlyCount(Instant hour, long submissions) {
    }
}

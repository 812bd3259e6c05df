package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.api.value.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Decides whether an amount is small enough for the policy: converted to USD with the configured
 * reference rates, at most the threshold; and how long and how often a failed approval is tried again.
 * Kept apart from the saga so that the rates and waits stay configuration and never become part of a
 * saga's stored state.
 */
@Component
public class AutoApprovalPolicy {

    /** What the policy makes of a submitted amount. */
    public enum AmountAssessment {
        WITHIN_THRESHOLD,
        ABOVE_THRESHOLD,
        NO_REFERENCE_RATE
    }

    private final AutoApprovalProperties properties;

    public AutoApprovalPolicy(AutoApprovalProperties properties) {
        this.properties = properties;
    }

    public AmountAssessment assess(Money amount) {
        BigDecimal rate = properties.getReferenceRates().get(amount.currency());
        if (rate == null) {
            return AmountAssessment.NO_REFERENCE_RATE;
        }
        BigDecimal usd = amount.amount().multiply(rate);
        return usd.compareTo(properties.getThresholdUsd()) <= 0
                ? AmountAssessment.WITHIN_THRESHOLD
                : AmountAssessment.ABOVE_THRESHOLD;
    }

    /** The wait after the {@code attempt}-th failed approval: the first backoff, doubling, at most the maximum. */
    public Duration retryWait(int attempt) {
        Duration first = properties.getApproveBackoff();
        Duration max = properties.getApproveBackoffMax();
        int doublings = Math.min(attempt - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** How long after its first failure an approval is still tried again. */
    public Duration retryFor() {
        return properties.getApproveRetryFor();
    }
}

package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.platform.ReferenceRates;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What the auto-approval policy may approve, and how hard it tries. The defaults live here, not in a
 * YAML file, so that the standalone composition (which reads none of this module's files) has them too.
 * Configured reference rates are added to (or replace) the default ones, e.g.
 * {@code lc.auto-approval.reference-rates.SEK=0.095}.
 */
@ConfigurationProperties("lc.auto-approval")
public class AutoApprovalProperties {

    /** The largest amount, in USD, the policy approves; exactly this amount still qualifies. */
    private BigDecimal thresholdUsd = new BigDecimal("10000");

    /** USD per unit of each currency; an amount in a currency without a rate is left to a manager. */
    private Map<String, BigDecimal> referenceRates = new HashMap<>(ReferenceRates.USD_PER_UNIT);

    /** The wait before the first retry of an approval that failed for a reason that may pass; it doubles with each further one. */
    private Duration approveBackoff = Duration.ofSeconds(2);

    /** The longest wait between two retries. */
    private Duration approveBackoffMax = Duration.ofMinutes(5);

    /** How long after its first failure an approval is tried again (DOMAIN.md: 24 hours); then a manager decides. */
    private Duration approveRetryFor = Duration.ofHours(24);

    public BigDecimal getThresholdUsd() {
        return thresholdUsd;
    }

    public void setThresholdUsd(BigDecimal thresholdUsd) {
        this.thresholdUsd = thresholdUsd;
    }

    public Map<String, BigDecimal> getReferenceRates() {
        return referenceRates;
    }

    public void setReferenceRates(Map<String, BigDecimal> referenceRates) {
        this.referenceRates = referenceRates;
    }

    public Duration getApproveBackoff() {
        return approveBackoff;
    }

    public void setApproveBackoff(Duration approveBackoff) {
        this.approveBackoff = approveBackoff;
    }

    public Duration getApproveBackoffMax() {
        return approveBackoffMax;
    }

    public void setApproveBackoffMax(Duration approveBackoffMax) {
        this.approveBackoffMax = approveBackoffMax;
    }

    public Duration getApproveRetryFor() {
        return approveRetryFor;
    }

    public void setApproveRetryFor(Duration approveRetryFor) {
        this.approveRetryFor = approveRetryFor;
    }
}

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

    /**
     * How often a failed approval is retried when the failure may pass, e.g. the command service is
     * restarting (never when it was refused). With the default backoff the retries span about 31 seconds,
     * within the one minute {@link AutoApprovalGateway} waits.
     */
    private int approveRetries = 5;

    /** The wait before the first retry; it doubles with each further one. */
    private Duration approveBackoff = Duration.ofSeconds(1);

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

    public int getApproveRetries() {
        return approveRetries;
    }

    public void setApproveRetries(int approveRetries) {
        this.approveRetries = approveRetries;
    }

    public Duration getApproveBackoff() {
        return approveBackoff;
    }

    public void setApproveBackoff(Duration approveBackoff) {
        this.approveBackoff = approveBackoff;
    }
}

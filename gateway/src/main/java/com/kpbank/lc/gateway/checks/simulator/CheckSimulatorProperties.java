package com.kpbank.lc.gateway.checks.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the simulated checks answer, per check: after what delay, and how often they reject, e.g.
 * {@code lc.check-simulator.applicant-credit.rejection-rate=0.3}. Defaults here, so that no YAML is needed.
 */
@ConfigurationProperties("lc.check-simulator")
public class CheckSimulatorProperties {

    private SimulatedCheck productValue = new SimulatedCheck(Duration.ofSeconds(2), 0.05);
    private SimulatedCheck productLegality = new SimulatedCheck(Duration.ofSeconds(3), 0.05);
    private SimulatedCheck applicantCredit = new SimulatedCheck(Duration.ofSeconds(5), 0.1);

    public SimulatedCheck getProductValue() {
        return productValue;
    }

    public void setProductValue(SimulatedCheck productValue) {
        this.productValue = productValue;
    }

    public SimulatedCheck getProductLegality() {
        return productLegality;
    }

    public void setProductLegality(SimulatedCheck productLegality) {
        this.productLegality = productLegality;
    }

    public SimulatedCheck getApplicantCredit() {
        return applicantCredit;
    }

    public void setApplicantCredit(SimulatedCheck applicantCredit) {
        this.applicantCredit = applicantCredit;
    }

    /** One simulated check: the delay after submission, and the share of rejections (0 to 1). */
    public static class SimulatedCheck {

        private Duration delay;
        private double rejectionRate;

        public SimulatedCheck() {
        }

        SimulatedCheck(Duration delay, double rejectionRate) {
            this.delay = delay;
            this.rejectionRate = rejectionRate;
        }

        public Duration getDelay() {
            return delay;
        }

        public void setDelay(Duration delay) {
            this.delay = delay;
        }

        public double getRejectionRate() {
            return rejectionRate;
        }

        public void setRejectionRate(double rejectionRate) {
            this.rejectionRate = rejectionRate;
        }
    }
}

package com.kpbank.lc.gateway.checks.simulator;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.gateway.checks.ComplianceTranslator;
import com.kpbank.lc.gateway.checks.CreditAssessment;
import com.kpbank.lc.gateway.checks.OnboardingTranslator;
import com.kpbank.lc.gateway.checks.ProductScreeningResult;
import com.kpbank.lc.gateway.checks.simulator.CheckSimulatorProperties.SimulatedCheck;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * Stands in for Compliance and Customer Onboarding: for each submitted application it sends their
 * messages (a value and a legality screening, a credit assessment) after the configured delays, through
 * the translators of the anti-corruption layer. The pending answers live in memory only: a simulation
 * does not survive a restart, and its event processor starts at the head of the event stream, so that
 * it never answers the history again.
 */
@Component
@Profile(CheckSimulatorConfiguration.PROFILE)
@ProcessingGroup(CheckSimulatorConfiguration.PROCESSING_GROUP)
public class SimulatedCheckOutcomes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCheckOutcomes.class);

    private final ComplianceTranslator compliance;
    private final OnboardingTranslator onboarding;
    private final CheckSimulatorProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "simulated-checks"));

    SimulatedCheckOutcomes(ComplianceTranslator compliance, OnboardingTranslator onboarding,
                           CheckSimulatorProperties properties) {
        this.compliance = compliance;
        this.onboarding = onboarding;
        this.properties = properties;
    }

    @EventHandler
    void on(LCApplicationSubmitted submitted) {
        String reference = submitted.lcApplicationId().toString();
        later("Compliance value screening", properties.getProductValue(), submitted.lcApplicationId(), rejected -> compliance.receive(
                new ProductScreeningResult(reference, "VALUE", rejected ? "FAIL" : "PASS", "simulated value screening")));
        later("Compliance legality screening", properties.getProductLegality(), submitted.lcApplicationId(), rejected -> compliance.receive(
                new ProductScreeningResult(reference, "LEGALITY", rejected ? "FAIL" : "PASS", "simulated legality screening")));
        later("Onboarding credit assessment", properties.getApplicantCredit(), submitted.lcApplicationId(), rejected -> onboarding.receive(
                new CreditAssessment(reference, rejected ? "DECLINE" : "GRANT", rejected ? "E" : "B", "simulated credit assessment")));
    }

    private void later(String what, SimulatedCheck check, LCApplicationId id, SimulatedAnswer answer) {
        scheduler.schedule(() -> answer(what, check, id, answer), check.getDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void answer(String what, SimulatedCheck check, LCApplicationId id, SimulatedAnswer answer) {
        boolean rejected = ThreadLocalRandom.current().nextDouble() < check.getRejectionRate();
        try {
            answer.send(rejected);
            log.info("Simulated {} of {} recorded: {}", what, kv("lcApplicationId", id), rejected ? "rejected" : "approved");
        } catch (CommandExecutionException e) {
            Object refusal = e.getDetails().orElse(null);
            log.info("Simulated {} of {} refused: {}", what, kv("lcApplicationId", id),
                    refusal instanceof CommandRefusal r ? r.code() + ": " + r.message() : e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Simulated {} of {} failed", what, kv("lcApplicationId", id), e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    /** Sends one simulated foreign message, rejecting or not. */
    @FunctionalInterface
    private interface SimulatedAnswer {
        void send(boolean rejected);
    }
}

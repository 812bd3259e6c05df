package com.kpbank.lc.saga.autoapproval;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * How each auto-approval ended, counted in the metric {@value #METRIC} with its {@code outcome} and
 * {@code reason}. A process's end is counted when the unit of work that ends it commits (the saga's
 * state and the processor's token with it), so an event handed again after a failed commit counts once.
 * Every outcome's counter exists from the start at zero, so that the first of them shows as an increase.
 */
@Component
public class AutoApprovalOutcomes {

    static final String METRIC = "lc.auto_approval.outcomes";

    /** The ends of an auto-approval, in the domain's words. */
    public enum Outcome {
        /** all three checks passed and the approval was taken */
        APPROVED("approved", "all_checks_passed"),
        LEFT_ABOVE_THRESHOLD("left_to_manager", "amount_above_threshold"),
        LEFT_NO_REFERENCE_RATE("left_to_manager", "no_reference_rate"),
        LEFT_PRODUCT_VALUE_REJECTED("left_to_manager", "product_value_rejected"),
        LEFT_PRODUCT_LEGALITY_REJECTED("left_to_manager", "product_legality_rejected"),
        LEFT_APPLICANT_CREDIT_REJECTED("left_to_manager", "applicant_credit_rejected"),
        /** the command service refused the approval for a reason other than a decision or cancellation meanwhile */
        LEFT_APPROVAL_REFUSED("left_to_manager", "approval_refused"),
        /** the approval kept failing for the whole retry period */
        GAVE_UP("gave_up", "approval_kept_failing"),
        /** someone else decided, or the applicant cancelled, before the process did */
        OVERTAKEN_DECIDED("overtaken", "decided"),
        OVERTAKEN_CANCELLED("overtaken", "cancelled");

        private final String outcome;
        private final String reason;

        Outcome(String outcome, String reason) {
            this.outcome = outcome;
            this.reason = reason;
        }

        static Outcome rejected(AutoApprovalSaga.Check check) {
            return valueOf("LEFT_" + check.name() + "_REJECTED");
        }
    }

    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

    public AutoApprovalOutcomes(MeterRegistry meters) {
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder(METRIC)
                    .description("auto-approval processes ended, by outcome and reason")
                    .tag("outcome", outcome.outcome)
                    .tag("reason", outcome.reason)
                    .register(meters));
        }
    }

    /** Counts an ended process once its end is committed. */
    void ended(Outcome outcome) {
        Counter counter = counters.get(outcome);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(committed -> counter.increment());
        } else {
            counter.increment();
        }
    }

    /** How many processes ended so. */
    double count(Outcome outcome) {
        return counters.get(outcome).count();
    }
}

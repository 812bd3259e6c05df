package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.gateway.GatewayBus;
import org.springframework.stereotype.Component;

/**
 * The one way a check outcome enters the system, for the API's record-check actions and for the
 * translators of other contexts' messages alike. The LC application decides: an outcome for an unknown
 * application, one not submitted, or a second outcome for the same check is refused and publishes
 * nothing. The refusal surfaces unchanged as Axon's
 * {@link org.axonframework.commandhandling.CommandExecutionException} whose details are a
 * {@link com.kpbank.lc.api.command.CommandRefusal} ({@code not-found}, {@code wrong-state},
 * {@code check-already-recorded}), which the API answers as the matching problem.
 */
@Component
public class CheckOutcomeIntake {

    private final GatewayBus bus;

    public CheckOutcomeIntake(GatewayBus bus) {
        this.bus = bus;
    }

    /**
     * Records the outcome.
     *
     * @param expectedVersion the application version the sender saw, or {@code null} when it does not know it
     * @param actor           who recorded it: the analyst of the API, or the context whose message it was
     * @return the command handler's result: the application's version after recording
     */
    public Object record(CheckOutcome outcome, Long expectedVersion, Actor actor) {
        return bus.send(outcome.toCommand(expectedVersion), actor);
    }
}

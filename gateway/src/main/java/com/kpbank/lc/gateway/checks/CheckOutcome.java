package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.command.LCApplicationCommand;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;

/** One check's outcome for one application, in our language: what the translators make of a foreign message. */
public record CheckOutcome(CheckKind kind, LCApplicationId lcApplicationId, Decision outcome) {

    /** The command recording it; {@code expectedVersion} may be {@code null} when the sender does not know it. */
    public LCApplicationCommand toCommand(Long expectedVersion) {
        return kind.record(lcApplicationId, outcome, expectedVersion);
    }
}

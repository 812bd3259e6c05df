package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.command.LCApplicationCommand;

/**
 * Where the {@code record-*-check} actions deliver an analyst's check outcome, and what it answers
 * (the application's new version). The anti-corruption layer's intake of check outcomes is the one
 * place outcomes enter the system; until the gateway is wired to it, outcomes go straight to the
 * command bus as the published language's record commands.
 */
@FunctionalInterface
public interface CheckOutcomeDelivery {

    Object deliver(LCApplicationCommand recordCheck);
}

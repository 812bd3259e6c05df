package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;

/** A task on one LC application. */
public interface LCApplicationCommand {

    LCApplicationId lcApplicationId();

    /** Which task of the {@link LCTask} table this command is. */
    LCTask task();
}

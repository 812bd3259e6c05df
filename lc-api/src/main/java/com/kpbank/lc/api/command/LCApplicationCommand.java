package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;

/** A task on one LC application. */
public interface LCApplicationCommand {

    LCApplicationId lcApplicationId();
}

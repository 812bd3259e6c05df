package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.LCApplicationId;

/**
 * Something that happened to one LC application. When it happened is the event message's timestamp;
 * its place in the application's history is the message's sequence number (the aggregate version).
 */
public interface LCApplicationEvent {

    LCApplicationId lcApplicationId();
}

package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** A submitted application is still waiting for a decision when its approval reminder fell due (1 at day 10, 2 at day 20). */
@Revision("1")
public record LCApprovalPending(LCApplicationId lcApplicationId, int reminderNumber) implements LCApplicationEvent {
}

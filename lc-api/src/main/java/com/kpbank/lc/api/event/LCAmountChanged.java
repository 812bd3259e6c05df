package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/**
 * The draft's amount was set, with its tolerance: the LC may be drawn up to {@code tolerancePercent} % above the
 * amount (UCP 600 art. 30). Revision 2; revision 1, stored before tolerances existed, reads as tolerance 0
 * ({@link com.kpbank.lc.api.event.revision.EventRevisions}).
 */
@Revision("2")
public record LCAmountChanged(LCApplicationId lcApplicationId, Money amount, int tolerancePercent) implements LCApplicationEvent {
}

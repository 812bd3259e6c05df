package com.kpbank.lc.api.event;

import java.time.LocalDate;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's expiry date was set. */
public record ExpiryDateChanged(LCApplicationId lcApplicationId, LocalDate expiryDate) implements LCApplicationEvent {
}

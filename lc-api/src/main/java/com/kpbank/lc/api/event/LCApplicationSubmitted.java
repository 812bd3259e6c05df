package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/**
 * The applicant submitted a complete application; it carries what the checks and the auto-approval need. Revision 2
 * added the amount's {@code tolerancePercent}; revision 1 reads as tolerance 0.
 */
@Revision("2")
public record LCApplicationSubmitted(LCApplicationId lcApplicationId, ApplicantId applicantId, Money amount, int tolerancePercent,
                                     Country beneficiaryCountry) implements LCApplicationEvent {
}

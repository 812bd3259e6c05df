package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One application as the read models know it. Fields not yet set are {@code null}.
 *
 * @param version        the aggregate version (sequence number of the last event applied): the API's ETag
 * @param tolerancePercent how many percent above the amount the LC may be drawn (0 for none)
 * @param reason         why it was declined or cancelled
 * @param remindersSent  approval reminders so far; {@code pastDue} once the last deadline passed
 */
public record LCApplicationView(
        LCApplicationId lcApplicationId,
        ApplicantId applicantId,
        ClientReference clientReference,
        LCState state,
        Party applicant,
        Party beneficiary,
        AdvisingBank advisingBank,
        Money amount,
        int tolerancePercent,
        Merchandise merchandise,
        RequiredDocuments requiredDocuments,
        Conditions conditions,
        LocalDate expiryDate,
        Decision productValueCheck,
        Decision productLegalityCheck,
        Decision applicantCreditCheck,
        Instant startedAt,
        Instant submittedAt,
        Instant decidedAt,
        DecisionMaker decidedBy,
        String reason,
        int remindersSent,
        boolean pastDue,
        long version) {
}

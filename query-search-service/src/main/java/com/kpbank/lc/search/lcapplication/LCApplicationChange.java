package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.api.event.AdvisingBankChanged;
import com.kpbank.lc.api.event.ApplicantChanged;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.BeneficiaryChanged;
import com.kpbank.lc.api.event.ConditionsChanged;
import com.kpbank.lc.api.event.ExpiryDateChanged;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.value.LCState;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * What one event does to its application's search document: the event's place in the application's
 * history ({@code sequence}, the aggregate version it produced) and the edit of the document's fields.
 */
record LCApplicationChange(String lcApplicationId, long sequence, Consumer<LCApplicationDocument> edit) {

    /**
     * The change of an event that happened {@code at}.
     *
     * @throws UnprojectableEvent when the event lacks what its change needs, before anything is changed
     */
    static LCApplicationChange of(LCApplicationEvent event, long sequence, Instant at) {
        if (event.lcApplicationId() == null) {
            throw new UnprojectableEvent(event, "it names no LC application");
        }
        return new LCApplicationChange(event.lcApplicationId().toString(), sequence, edit(event, at));
    }

    private static Consumer<LCApplicationDocument> edit(LCApplicationEvent event, Instant at) {
        if (event instanceof LCApplicationStarted started) {
            required(event, started.applicantId(), "applicant id");
            required(event, started.clientReference(), "client reference");
            return document -> {
                document.set("applicantId", started.applicantId());
                document.set("clientReference", started.clientReference());
                document.set("state", LCState.DRAFT);
                document.set("startedAt", at);
            };
        }
        if (event instanceof ApplicantChanged changed) {
            return field(event, "applicant", changed.applicant());
        }
        if (event instanceof BeneficiaryChanged changed) {
            return field(event, "beneficiary", changed.beneficiary());
        }
        if (event instanceof AdvisingBankChanged changed) {
            return field(event, "advisingBank", changed.advisingBank());
        }
        if (event instanceof LCAmountChanged changed) {
            return field(event, "amount", changed.amount()).andThen(document -> document.set("tolerancePercent", changed.tolerancePercent()));
        }
        if (event instanceof MerchandiseChanged changed) {
            return field(event, "merchandise", changed.merchandise());
        }
        if (event instanceof RequiredDocumentsChanged changed) {
            return field(event, "requiredDocuments", changed.requiredDocuments());
        }
        if (event instanceof ConditionsChanged changed) {
            return field(event, "conditions", changed.conditions());
        }
        if (event instanceof ExpiryDateChanged changed) {
            return field(event, "expiryDate", changed.expiryDate());
        }
        if (event instanceof LCApplicationSubmitted) {
            return document -> {
                document.set("state", LCState.SUBMITTED);
                document.set("submittedAt", at);
            };
        }
        if (event instanceof ProductValueValidated validated) {
            return field(event, "productValueCheck", validated.outcome());
        }
        if (event instanceof ProductLegalityValidated validated) {
            return field(event, "productLegalityCheck", validated.outcome());
        }
        if (event instanceof ApplicantCreditValidated validated) {
            return field(event, "applicantCreditCheck", validated.outcome());
        }
        if (event instanceof LCApplicationApproved approved) {
            required(event, approved.approvedBy(), "who approved");
            return decided(LCState.APPROVED, at, approved.approvedBy(), null);
        }
        if (event instanceof LCApplicationDeclined declined) {
            required(event, declined.declinedBy(), "who declined");
            return decided(LCState.DECLINED, at, declined.declinedBy(), declined.reason());
        }
        if (event instanceof LCApplicationCancelled cancelled) {
            return document -> {
                document.set("state", LCState.CANCELLED);
                document.set("reason", cancelled.reason());
            };
        }
        if (event instanceof LCApprovalPending pending) {
            return document -> document.set("remindersSent", Math.max(document.intValue("remindersSent"), pending.reminderNumber()));
        }
        if (event instanceof LCApprovalPastDue) {
            return document -> document.set("pastDue", true);
        }
        throw new UnprojectableEvent(event, "the search read model does not know this event");
    }

    private static Consumer<LCApplicationDocument> decided(LCState state, Instant at, Object by, String reason) {
        return document -> {
            document.set("state", state);
            document.set("decidedAt", at);
            document.set("decidedBy", by);
            document.set("reason", reason);
        };
    }

    private static Consumer<LCApplicationDocument> field(LCApplicationEvent event, String field, Object value) {
        required(event, value, field);
        return document -> document.set(field, value);
    }

    private static void required(LCApplicationEvent event, Object value, String what) {
        if (value == null) {
            throw new UnprojectableEvent(event, "it carries no " + what);
        }
    }
}

package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.ChangeAdvisingBank;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.ChangeApplicant;
import com.kpbank.lc.api.command.ChangeBeneficiary;
import com.kpbank.lc.api.command.ChangeConditions;
import com.kpbank.lc.api.command.ChangeExpiryDate;
import com.kpbank.lc.api.command.ChangeMerchandise;
import com.kpbank.lc.api.command.ChangeRequiredDocuments;
import com.kpbank.lc.api.command.DeclineLCApplication;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.RequiredDocuments;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.List;

/** The commands of one complete life of an LC application, large enough for a manager to decide (no auto-approval). */
public final class LCApplicationLifecycle {

    private LCApplicationLifecycle() {
    }

    /** Start and the eight changes that make a draft complete: the samples' application, in US dollars, per id its own client reference. */
    public static List<Object> draft(LCApplicationId id) {
        return List.of(
                new StartNewLCApplication(id, LCApplicationSamples.APPLICANT_ID, new ClientReference("PO-" + id.value().toString().substring(0, 8))),
                new ChangeApplicant(id, LCApplicationSamples.APPLICANT, null),
                new ChangeBeneficiary(id, LCApplicationSamples.BENEFICIARY, null),
                new ChangeAdvisingBank(id, LCApplicationSamples.ADVISING_BANK, null),
                new ChangeAmount(id, Money.of("125000.00", "USD"), 0, null),
                new ChangeMerchandise(id, LCApplicationSamples.MERCHANDISE, null),
                new ChangeRequiredDocuments(id, RequiredDocuments.of(DocumentType.COMMERCIAL_INVOICE, DocumentType.CERTIFICATE_OF_ORIGIN), null),
                new ChangeConditions(id, LCApplicationSamples.CONDITIONS, null),
                new ChangeExpiryDate(id, LCApplicationSamples.EXPIRY, null));
    }

    public static SubmitLCApplication submit(LCApplicationId id) {
        return new SubmitLCApplication(id, null);
    }

    public static ApproveLCApplication approve(LCApplicationId id) {
        return new ApproveLCApplication(id, new DecisionMaker("manager"), null);
    }

    /** The whole life of an application a manager approves: its draft, its submission, the approval. */
    public static List<Object> approved(LCApplicationId id) {
        List<Object> lifecycle = new ArrayList<>(draft(id));
        lifecycle.add(submit(id));
        lifecycle.add(approve(id));
        return lifecycle;
    }

    /** Rejects a submitted application for a manager. */
    public static DeclineLCApplication decline(LCApplicationId id) {
        return new DeclineLCApplication(id, new DecisionMaker("manager"), "credit line exhausted", null);
    }

    /**
     * Sends lifecycles through the gateway, one command after the other, until at least {@code events} events
     * are stored (each command stores one): of every ten applications one stays a draft, two are declined after
     * their submission and seven approved. Answers the number of events.
     */
    public static long sendUntil(CommandGateway commands, long events) {
        long sent = 0;
        for (int i = 0; sent < events; i++) {
            LCApplicationId id = LCApplicationId.newId();
            List<Object> lifecycle = new ArrayList<>(draft(id));
            if (i % 10 != 0) {
                lifecycle.add(submit(id));
                lifecycle.add(i % 10 < 3 ? decline(id) : approve(id));
            }
            lifecycle.forEach(commands::sendAndWait);
            sent += lifecycle.size();
        }
        return sent;
    }
}

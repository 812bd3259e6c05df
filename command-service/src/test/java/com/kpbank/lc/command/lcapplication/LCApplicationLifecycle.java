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
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.MerchandiseItem;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The commands of one complete life of an LC application, large enough for a manager to decide (no auto-approval). */
public final class LCApplicationLifecycle {

    private LCApplicationLifecycle() {
    }

    /** Start and the eight changes that make a draft complete. */
    public static List<Object> draft(LCApplicationId id) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return List.of(
                new StartNewLCApplication(id, new ApplicantId("applicant-1"), new ClientReference("PO-" + id.value().toString().substring(0, 8))),
                new ChangeApplicant(id, LCApplicationSamples.party("Hanbit Importers", "KR"), null),
                new ChangeBeneficiary(id, LCApplicationSamples.party("Rheinland Maschinen GmbH", "DE"), null),
                new ChangeAdvisingBank(id, new AdvisingBank(new Bic("DEUTDEFF"), "Deutsche Bank", Country.of("DE")), null),
                new ChangeAmount(id, Money.of("125000.00", "USD"), null),
                new ChangeMerchandise(id, new Merchandise(List.of(new MerchandiseItem("CNC milling machine", "845710", 2, "pieces")), false), null),
                new ChangeRequiredDocuments(id, RequiredDocuments.of(DocumentType.COMMERCIAL_INVOICE, DocumentType.CERTIFICATE_OF_ORIGIN), null),
                new ChangeConditions(id, new Conditions(Tenor.AT_SIGHT, null, false, true, today.plusDays(60)), null),
                new ChangeExpiryDate(id, today.plusDays(90), null));
    }

    public static SubmitLCApplication submit(LCApplicationId id) {
        return new SubmitLCApplication(id, null);
    }

    public static ApproveLCApplication approve(LCApplicationId id) {
        return new ApproveLCApplication(id, new DecisionMaker("manager"), null);
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

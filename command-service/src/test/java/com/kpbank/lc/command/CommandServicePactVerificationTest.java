package com.kpbank.lc.command;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CancelLCApplication;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.RecordApplicantCreditCheck;
import com.kpbank.lc.api.command.RecordProductLegalityCheck;
import com.kpbank.lc.api.command.RecordProductValueCheck;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessageProviders;
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
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.TradingTerms;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;
import com.kpbank.lc.command.lcapplication.LCApplicationSamples;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.awaitility.Awaitility.await;

/**
 * The command service keeps the pacts its consumers wrote ({@code pacts/}): the search, analytics and saga services'
 * of its events, the gateway's of its trading terms and refusals. Lifecycles through the real command gateway store
 * an event of every type, and each consumer's message is checked against the first stored event of its type; the
 * answers against a real query and a real refusal. Each is serialized by the platform's serializer as Axon Server
 * carries it — its payload type, its revision and its JSON. A renamed field, a changed type or a new revision that a
 * consumer does not expect fails here, in the provider's build.
 */
@Provider(MessageContracts.COMMAND_SERVICE)
@PactFolder("../pacts")
class CommandServicePactVerificationTest extends CommandServiceSpringTest {

    private static final Map<Class<?>, Object> STORED = new ConcurrentHashMap<>();

    @Autowired
    private Serializer serializer;
    @Autowired
    private QueryGateway queries;

    @BeforeEach
    void providerOfMessages(PactVerificationContext context) {
        // the provider methods are this class's: scanning only its package spares a scan of the classpath per message
        context.setTarget(new MessageTestTarget(List.of(CommandServicePactVerificationTest.class.getPackageName())));
        if (STORED.isEmpty()) {
            storeAnEventOfEveryType();
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void every_consumers_message_is_what_the_command_service_stores(PactVerificationContext context) {
        context.verifyInteraction();
    }

    private void storeAnEventOfEveryType() {
        LCApplicationId approved = LCApplicationId.newId();
        draftAndSubmit(approved);
        commandGateway.sendAndWait(new RecordProductValueCheck(approved, Decision.approved("value plausible"), null));
        commandGateway.sendAndWait(new RecordProductLegalityCheck(approved, Decision.approved("no embargo"), null));
        commandGateway.sendAndWait(new RecordApplicantCreditCheck(approved, Decision.approved("rating A"), null));
        commandGateway.sendAndWait(new ApproveLCApplication(approved, DecisionMaker.AUTO_APPROVAL, null));
        LCApplicationId declined = LCApplicationId.newId();
        draftAndSubmit(declined);
        commandGateway.sendAndWait(LCApplicationLifecycle.decline(declined));
        LCApplicationId cancelled = LCApplicationId.newId();
        commandGateway.sendAndWait(new StartNewLCApplication(cancelled, LCApplicationSamples.APPLICANT_ID, new ClientReference("PO-CANCEL-1")));
        commandGateway.sendAndWait(new CancelLCApplication(cancelled, "ordered elsewhere", null));
        LCApplicationId pastDue = LCApplicationId.newId();
        draftAndSubmit(pastDue);
        await("the reminders and the past-due notice").atMost(Duration.ofSeconds(30))
                .until(() -> storedEventsOf(pastDue).stream().anyMatch(event -> event.getPayload() instanceof LCApprovalPastDue));
        for (LCApplicationId id : new LCApplicationId[] {approved, declined, cancelled, pastDue}) {
            storedEventsOf(id).stream().map(DomainEventMessage::getPayload).forEach(event -> STORED.putIfAbsent(event.getClass(), event));
        }
    }

    /** The first stored event of the type as it crosses Axon Server. */
    private MessageAndMetadata stored(Class<?> type) {
        Object event = STORED.get(type);
        if (event == null) {
            throw new AssertionError("the lifecycles stored no " + type.getSimpleName());
        }
        return MessageProviders.carried(serializer, event);
    }

    @PactVerifyProvider("TradingTerms")
    MessageAndMetadata tradingTerms() {
        return MessageProviders.carried(serializer, queries.query(new FindTradingTerms(), ResponseTypes.instanceOf(TradingTerms.class)).join());
    }

    @PactVerifyProvider("CommandRefusal")
    MessageAndMetadata refusal() {
        LCApplicationId id = LCApplicationId.newId();
        commandGateway.sendAndWait(new StartNewLCApplication(id, LCApplicationSamples.APPLICANT_ID, new ClientReference("PO-REFUSED-1")));
        return MessageProviders.carried(serializer, refusalOf(new ChangeAmount(id, Money.of("-1", "USD"), 0, null)));
    }

    @PactVerifyProvider("LCApplicationStarted")
    MessageAndMetadata started() {
        return stored(LCApplicationStarted.class);
    }

    @PactVerifyProvider("ApplicantChanged")
    MessageAndMetadata applicantChanged() {
        return stored(ApplicantChanged.class);
    }

    @PactVerifyProvider("BeneficiaryChanged")
    MessageAndMetadata beneficiaryChanged() {
        return stored(BeneficiaryChanged.class);
    }

    @PactVerifyProvider("AdvisingBankChanged")
    MessageAndMetadata advisingBankChanged() {
        return stored(AdvisingBankChanged.class);
    }

    @PactVerifyProvider("LCAmountChanged")
    MessageAndMetadata amountChanged() {
        return stored(LCAmountChanged.class);
    }

    @PactVerifyProvider("MerchandiseChanged")
    MessageAndMetadata merchandiseChanged() {
        return stored(MerchandiseChanged.class);
    }

    @PactVerifyProvider("RequiredDocumentsChanged")
    MessageAndMetadata requiredDocumentsChanged() {
        return stored(RequiredDocumentsChanged.class);
    }

    @PactVerifyProvider("ConditionsChanged")
    MessageAndMetadata conditionsChanged() {
        return stored(ConditionsChanged.class);
    }

    @PactVerifyProvider("ExpiryDateChanged")
    MessageAndMetadata expiryDateChanged() {
        return stored(ExpiryDateChanged.class);
    }

    @PactVerifyProvider("LCApplicationSubmitted")
    MessageAndMetadata submitted() {
        return stored(LCApplicationSubmitted.class);
    }

    @PactVerifyProvider("ProductValueValidated")
    MessageAndMetadata productValueValidated() {
        return stored(ProductValueValidated.class);
    }

    @PactVerifyProvider("ProductLegalityValidated")
    MessageAndMetadata productLegalityValidated() {
        return stored(ProductLegalityValidated.class);
    }

    @PactVerifyProvider("ApplicantCreditValidated")
    MessageAndMetadata applicantCreditValidated() {
        return stored(ApplicantCreditValidated.class);
    }

    @PactVerifyProvider("LCApprovalPending")
    MessageAndMetadata approvalPending() {
        return stored(LCApprovalPending.class);
    }

    @PactVerifyProvider("LCApprovalPastDue")
    MessageAndMetadata approvalPastDue() {
        return stored(LCApprovalPastDue.class);
    }

    @PactVerifyProvider("LCApplicationApproved")
    MessageAndMetadata approved() {
        return stored(LCApplicationApproved.class);
    }

    @PactVerifyProvider("LCApplicationDeclined")
    MessageAndMetadata declined() {
        return stored(LCApplicationDeclined.class);
    }

    @PactVerifyProvider("LCApplicationCancelled")
    MessageAndMetadata cancelled() {
        return stored(LCApplicationCancelled.class);
    }
}

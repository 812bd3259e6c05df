package com.kpbank.lc.command;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.ChangeApplicant;
import com.kpbank.lc.api.command.ChangeBeneficiary;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.TradingTerms;
import com.kpbank.lc.command.lookup.LCLookupData;
import jakarta.persistence.EntityManager;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The command service boots alone, on its embedded store, and keeps its promises about versions, reminders and snapshots. */
class CommandServiceApplicationTest extends CommandServiceSpringTest {

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private Cache applicationsInMemory;

    @Autowired
    private QueryGateway queryGateway;

    private final LCApplicationId id = LCApplicationId.newId();

    @Test
    void other_services_learn_the_trading_terms_by_query() {
        TradingTerms terms = queryGateway.query(new FindTradingTerms(), TradingTerms.class).join();

        assertThat(terms.tradeableCurrencies()).isEqualTo(LCLookupData.defaults().tradeableCurrencies().stream().sorted().toList());
        assertThat(terms.countries()).contains("CH", "GB", "US").doesNotContain("KP", "IR", "SY", "CU").isSorted();
    }

    @Test
    void every_task_answers_the_version_it_left_the_application_at() {
        assertThat((Object) commandGateway.sendAndWait(new StartNewLCApplication(id, APPLICANT_ID, CLIENT_REFERENCE)))
                .as("a start answers the id").isEqualTo(id);
        assertThat((Long) commandGateway.sendAndWait(new ChangeApplicant(id, APPLICANT, null))).isEqualTo(1L);
        assertThat((Long) commandGateway.sendAndWait(new ChangeApplicant(id, APPLICANT, null)))
                .as("a task that changes nothing leaves the version").isEqualTo(1L);
        assertThat((Long) commandGateway.sendAndWait(new ChangeBeneficiary(id, BENEFICIARY, null))).isEqualTo(2L);
    }

    @Test
    void an_undecided_submission_is_reminded_and_then_past_due_on_the_durable_deadline_manager() {
        draftAndSubmit(id);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(payloads())
                .containsSubsequence(new LCApprovalPending(id, 1), new LCApprovalPending(id, 2), new LCApprovalPastDue(id)));
    }

    @Test
    void an_application_loaded_from_its_snapshot_keeps_its_state() {
        draftAndSubmit(id);
        Long snapshots = entityManager.createQuery(
                        "select count(s) from SnapshotEventEntry s where s.aggregateIdentifier = :id", Long.class)
                .setParameter("id", id.toString())
                .getSingleResult();
        assertThat(snapshots).isPositive();
        applicationsInMemory.removeAll();

        assertThat(refusalOf(new SubmitLCApplication(id, null)).code()).isEqualTo(CommandRefusal.WRONG_STATE);
        Long version = commandGateway.sendAndWait(new ApproveLCApplication(id, new DecisionMaker("manager"), null));
        List<DomainEventMessage<?>> events = storedEventsOf(id);
        DomainEventMessage<?> last = events.get(events.size() - 1);
        assertThat(last.getPayload()).isEqualTo(new LCApplicationApproved(id, new DecisionMaker("manager")));
        assertThat(version).isEqualTo(last.getSequenceNumber());
    }

    private List<Object> payloads() {
        return storedEventsOf(id).stream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }
}

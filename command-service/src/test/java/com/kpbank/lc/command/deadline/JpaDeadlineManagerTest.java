package com.kpbank.lc.command.deadline;

import com.kpbank.lc.platform.deadline.JpaDeadlineManager;
import com.kpbank.lc.platform.deadline.StoredDeadline;

import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.command.CommandServiceSpringTest;
import com.kpbank.lc.command.reminder.ApprovalReminder;
import jakarta.persistence.EntityManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The deadlines of the command service live and die with the transactions that schedule, cancel and deliver them. */
class JpaDeadlineManagerTest extends CommandServiceSpringTest {

    private static final Instant NEXT_YEAR = Instant.now().plus(Duration.ofDays(365));

    @Autowired
    private JpaDeadlineManager deadlineManager;

    @Autowired
    private TransactionManager transactionManager;

    @Autowired
    private EntityManager entityManager;

    @Test
    void a_deadline_is_stored_only_if_the_unit_of_work_that_schedules_it_commits() {
        LCApplicationId committed = LCApplicationId.newId();
        LCApplicationId rolledBack = LCApplicationId.newId();

        inUnitOfWork(unitOfWork -> deadlineManager.schedule(NEXT_YEAR, nameOf(committed), ApprovalReminder.first(), scopeOf(committed)));
        assertThatThrownBy(() -> inUnitOfWork(unitOfWork -> {
            deadlineManager.schedule(NEXT_YEAR, nameOf(rolledBack), ApprovalReminder.first(), scopeOf(rolledBack));
            unitOfWork.onPrepareCommit(afterTheDeadlineIsWritten -> {
                throw new IllegalStateException("the events cannot be stored");
            });
        })).hasMessage("the events cannot be stored");

        assertThat(storedUnder(nameOf(committed))).hasSize(1);
        assertThat(storedUnder(nameOf(rolledBack))).isEmpty();
    }

    @Test
    void cancelling_within_a_scope_removes_that_scopes_deadlines_of_that_name_only() {
        LCApplicationId cancelled = LCApplicationId.newId();
        LCApplicationId other = LCApplicationId.newId();
        String sharedName = nameOf(cancelled);
        deadlineManager.schedule(NEXT_YEAR, sharedName, ApprovalReminder.first(), scopeOf(cancelled));
        deadlineManager.schedule(NEXT_YEAR.plusSeconds(1), sharedName, ApprovalReminder.first().next(), scopeOf(cancelled));
        deadlineManager.schedule(NEXT_YEAR, sharedName, ApprovalReminder.first(), scopeOf(other));

        deadlineManager.cancelAllWithinScope(sharedName, scopeOf(cancelled));

        assertThat(storedUnder(sharedName)).singleElement()
                .satisfies(left -> assertThat(left.scope()).contains(other.toString()));
    }

    @Test
    void a_deadline_cancelled_in_the_unit_of_work_that_schedules_it_is_never_stored() {
        LCApplicationId id = LCApplicationId.newId();

        inUnitOfWork(unitOfWork -> {
            deadlineManager.schedule(NEXT_YEAR, nameOf(id), ApprovalReminder.first(), scopeOf(id));
            deadlineManager.cancelAllWithinScope(nameOf(id), scopeOf(id));
        });

        assertThat(storedUnder(nameOf(id))).isEmpty();
    }

    @Test
    void a_deadline_that_cannot_be_read_is_tried_again_later_without_holding_up_the_others() {
        LCApplicationId submitted = LCApplicationId.newId();
        String unreadable = "lc-unreadable-" + submitted;
        Instant due = Instant.now().minus(Duration.ofMinutes(1));
        transactionManager.executeInTransaction(() -> entityManager.persist(new StoredDeadline(
                "unreadable-" + submitted, unreadable, AggregateScopeDescriptor.class.getName(), "{}", "message-1",
                "com.kpbank.lc.NoSuchPayload", null, "{}", "{}", due)));

        draftAndSubmit(submitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(storedEventsOf(submitted).stream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList())
                    .contains(new LCApprovalPending(submitted, 1));
            assertThat(storedUnder(unreadable)).singleElement().satisfies(postponed -> {
                assertThat(postponed.failedAttempts()).isEqualTo(1);
                assertThat(postponed.triggerAt()).isAfter(Instant.now().plus(Duration.ofSeconds(30)));
            });
        });
    }

    @Test
    void a_reminder_delivered_late_does_not_push_the_next_one_back() {
        LCApplicationId submitted = LCApplicationId.newId();
        draftAndSubmit(submitted);
        Instant submittedAt = storedEventsOf(submitted).get(storedEventsOf(submitted).size() - 1).getTimestamp();
        Duration interval = Duration.ofSeconds(2);
        Duration outage = Duration.ofSeconds(3);
        // the command service was down when the first reminder fell due: it is delivered when it is back
        int postponed = transactionManager.fetchInTransaction(() -> entityManager
                .createQuery("update StoredDeadline d set d.triggerAt = :late where d.deadlineName = :name")
                .setParameter("late", submittedAt.plus(interval).plus(outage))
                .setParameter("name", nameOf(submitted))
                .executeUpdate());
        assertThat(postponed).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> timeOf(submitted, new LCApprovalPending(submitted, 2)) != null);

        Instant first = timeOf(submitted, new LCApprovalPending(submitted, 1));
        Instant second = timeOf(submitted, new LCApprovalPending(submitted, 2));
        assertThat(first).isAfterOrEqualTo(submittedAt.plus(interval).plus(outage));
        assertThat(Duration.between(first, second)).as("the second fell due two intervals after the submission, before the first was delivered: it comes at the next poll")
                .isLessThan(interval);
    }

    private Instant timeOf(LCApplicationId id, Object event) {
        return storedEventsOf(id).stream().filter(stored -> stored.getPayload().equals(event))
                .map(DomainEventMessage::getTimestamp).findFirst().orElse(null);
    }

    /** Runs the work as a command would: in a unit of work whose transaction commits when the work is done. */
    private void inUnitOfWork(Consumer<UnitOfWork<?>> work) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        unitOfWork.execute(() -> work.accept(unitOfWork));
    }

    private List<StoredDeadline> storedUnder(String deadlineName) {
        return transactionManager.fetchInTransaction(() -> entityManager
                .createQuery("select d from StoredDeadline d where d.deadlineName = :name", StoredDeadline.class)
                .setParameter("name", deadlineName)
                .getResultList());
    }

    private static String nameOf(LCApplicationId id) {
        return ApprovalReminder.deadlineNameFor(id);
    }

    private static AggregateScopeDescriptor scopeOf(LCApplicationId id) {
        return new AggregateScopeDescriptor("LCApplication", id.toString());
    }
}

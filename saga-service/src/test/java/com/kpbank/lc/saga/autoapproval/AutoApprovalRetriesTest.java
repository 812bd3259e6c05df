package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** How hard the auto-approval tries to deliver its approval. */
class AutoApprovalRetriesTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final RetryScheduler retries = AutoApprovalConfiguration.retryScheduler(new AutoApprovalProperties(), executor);
    private final CommandMessage<ApproveLCApplication> approve = GenericCommandMessage.asCommandMessage(
            new ApproveLCApplication(LCApplicationId.newId(), DecisionMaker.AUTO_APPROVAL, null));

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void an_approval_refused_by_the_command_service_is_never_retried() {
        RuntimeException refusal = new CommandExecutionException("refused", null,
                CommandRefusal.of(CommandRefusal.WRONG_STATE, "the application is DECLINED"));

        assertThat(retries.scheduleRetry(approve, refusal, failures(1, refusal), () -> { })).isFalse();
    }

    @Test
    void a_transient_failure_is_retried_a_bounded_number_of_times() {
        RuntimeException conflict = new ConcurrencyException("another change came first");
        int allowed = new AutoApprovalProperties().getApproveRetries();

        assertThat(retries.scheduleRetry(approve, conflict, failures(allowed, conflict), () -> { })).isTrue();
        assertThat(retries.scheduleRetry(approve, conflict, failures(allowed + 1, conflict), () -> { })).isFalse();
    }

    @Test
    void an_approval_sent_while_the_command_service_is_away_is_retried() {
        RuntimeException away = new NoHandlerForCommandException("no handler for ApproveLCApplication");

        assertThat(retries.scheduleRetry(approve, away, failures(1, away), () -> { })).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count, RuntimeException failure) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[]{failure.getClass()});
        }
        return failures;
    }
}

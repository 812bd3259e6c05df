package com.kpbank.lc.standalone;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;
import com.kpbank.lc.elasticsearch.ElasticsearchNode;
import com.kpbank.lc.gateway.checks.CheckKind;
import com.kpbank.lc.search.index.SearchElasticsearchEndpoint;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The standalone composition stopped and started again on the same data directory. Before the stop it ran
 * its own Elasticsearch node under that directory and stops it with itself; what it was waiting for lives
 * in the durable stores: the approval reminder of a submitted application falls due after the restart, and
 * a waiting auto-approval whose last check arrives after it approves once.
 */
class RestartIT {

    /** Long enough to stop the first process before the reminder is due, short enough to wait for after the restart. */
    private static final String REMINDER_INTERVAL = "PT20S";

    @TempDir
    Path dataDir;

    @Test
    void reminders_and_waiting_auto_approvals_survive_a_restart() {
        LCApplicationId reminded = LCApplicationId.newId();
        LCApplicationId autoApproved;
        ElasticsearchNode firstNode;
        try (ConfigurableApplicationContext first = start()) {
            firstNode = first.getBean(ElasticsearchNode.class);
            assertThat(firstNode.directory()).isEqualTo(dataDir.resolve("elasticsearch").toAbsolutePath().normalize());
            assertThat(first.getBean(SearchElasticsearchEndpoint.class).uri()).isEqualTo(firstNode.httpUri());

            AutoApprovalScenario before = new AutoApprovalScenario(first).awaitAutoApprovalRunning();
            autoApproved = before.submitApplication("8000.00", "USD");
            before.recordApproved(autoApproved, CheckKind.PRODUCT_VALUE, CheckKind.PRODUCT_LEGALITY);
            before.awaitAutoApprovalCaughtUp();

            CommandGateway commands = first.getBean(CommandGateway.class);
            LCApplicationLifecycle.draft(reminded).forEach(commands::sendAndWait);
            commands.sendAndWait(LCApplicationLifecycle.submit(reminded));
            assertThat(payloads(first, reminded)).noneMatch(LCApprovalPending.class::isInstance);
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> firstNode.onExit().isDone());

        try (ConfigurableApplicationContext second = start()) {
            CommandExecutionException refused = catchThrowableOfType(CommandExecutionException.class,
                    () -> second.getBean(CommandGateway.class).sendAndWait(LCApplicationLifecycle.submit(reminded)));
            assertThat(refused.getDetails()).contains(CommandRefusal.of(CommandRefusal.WRONG_STATE, refused.getMessage()));

            AutoApprovalScenario after = new AutoApprovalScenario(second).awaitAutoApprovalRunning();
            after.recordApproved(autoApproved, CheckKind.APPLICANT_CREDIT);
            await().atMost(AutoApprovalScenario.DEADLINE).until(() -> !after.approvals(autoApproved).isEmpty());
            after.awaitAutoApprovalCaughtUp();
            assertThat(after.approvals(autoApproved)).containsExactly(new LCApplicationApproved(autoApproved, DecisionMaker.AUTO_APPROVAL));

            await().atMost(Duration.ofMinutes(2))
                   .until(() -> payloads(second, reminded).contains(new LCApprovalPending(reminded, 1)));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("lc.data-dir=" + dataDir, "server.port=0", "server.address=127.0.0.1",
                            "lc.approval-reminders.interval=" + REMINDER_INTERVAL)
                .run();
    }

    private static List<Object> payloads(ConfigurableApplicationContext context, LCApplicationId id) {
        return context.getBean(EventStore.class).readEvents(id.toString(), 0).asStream()
                      .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }
}

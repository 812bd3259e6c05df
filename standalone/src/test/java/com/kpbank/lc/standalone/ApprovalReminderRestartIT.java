package com.kpbank.lc.standalone;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;
import com.kpbank.lc.elasticsearch.ElasticsearchNode;
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
 * The standalone composition stopped and started again on the same data directory: it ran its own
 * Elasticsearch node under that directory and stopped it with itself; a submitted application is still
 * there, and the approval reminder it was waiting for falls due after the restart.
 */
class ApprovalReminderRestartIT {

    /** Long enough to stop the first process before the reminder is due, short enough to wait for after the restart. */
    private static final String REMINDER_INTERVAL = "PT20S";

    @TempDir
    Path dataDir;

    @Test
    void a_submitted_application_and_its_pending_reminder_survive_a_restart() {
        LCApplicationId id = LCApplicationId.newId();
        ElasticsearchNode firstNode;
        try (ConfigurableApplicationContext first = start()) {
            firstNode = first.getBean(ElasticsearchNode.class);
            assertThat(firstNode.directory()).isEqualTo(dataDir.resolve("elasticsearch").toAbsolutePath().normalize());
            assertThat(first.getBean(SearchElasticsearchEndpoint.class).uri()).isEqualTo(firstNode.httpUri());
            CommandGateway commands = first.getBean(CommandGateway.class);
            LCApplicationLifecycle.draft(id).forEach(commands::sendAndWait);
            commands.sendAndWait(LCApplicationLifecycle.submit(id));
            assertThat(payloads(first, id)).noneMatch(LCApprovalPending.class::isInstance);
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> firstNode.onExit().isDone());

        try (ConfigurableApplicationContext second = start()) {
            CommandExecutionException refused = catchThrowableOfType(CommandExecutionException.class,
                    () -> second.getBean(CommandGateway.class).sendAndWait(LCApplicationLifecycle.submit(id)));
            assertThat(refused.getDetails()).contains(CommandRefusal.of(CommandRefusal.WRONG_STATE, refused.getMessage()));

            await().atMost(Duration.ofMinutes(2))
                   .until(() -> payloads(second, id).contains(new LCApprovalPending(id, 1)));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .run("--lc.data-dir=" + dataDir, "--server.port=0", "--server.address=127.0.0.1",
                     "--lc.approval-reminders.interval=" + REMINDER_INTERVAL);
    }

    private static List<Object> payloads(ConfigurableApplicationContext context, LCApplicationId id) {
        return context.getBean(EventStore.class).readEvents(id.toString(), 0).asStream()
                      .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }
}

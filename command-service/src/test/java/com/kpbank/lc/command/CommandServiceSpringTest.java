package com.kpbank.lc.command;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The command service booted alone on a fresh data directory, shared by every Spring test of the module (one
 * context): approval reminders two seconds apart, looked for every 200 ms, snapshots every five events. Commands go through the real
 * {@link CommandGateway}, as any other component sends them.
 */
@SpringBootTest(classes = CommandServiceApplication.class, properties = {
        "lc.approval-reminders.interval=PT2S",
        "lc.deadlines.poll-interval=PT0.2S",
        "lc.command.snapshot-threshold=5"})
public abstract class CommandServiceSpringTest {

    @Autowired
    protected CommandGateway commandGateway;

    @Autowired
    protected EventStore eventStore;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        String directory = Files.createTempDirectory("lc-command-service-test").toString();
        registry.add("lc.data-dir", () -> directory);
    }

    /** Drafts a complete application and submits it; answers the version the submission left it at. */
    protected long draftAndSubmit(LCApplicationId id) {
        LCApplicationLifecycle.draft(id).forEach(commandGateway::sendAndWait);
        return commandGateway.sendAndWait(LCApplicationLifecycle.submit(id));
    }

    /** Sends the command and answers why it was refused, failing if it was not refused as a {@link CommandRefusal}. */
    protected CommandRefusal refusalOf(Object command) {
        Throwable thrown = catchThrowable(() -> commandGateway.sendAndWait(command));
        assertThat(thrown).isInstanceOf(CommandExecutionException.class);
        return ((CommandExecutionException) thrown).getDetails()
                .map(CommandRefusal.class::cast)
                .orElseThrow(() -> new AssertionError("refused without a CommandRefusal", thrown));
    }

    /** The application's events in the store (snapshots aside). */
    protected List<DomainEventMessage<?>> storedEventsOf(Object lcApplicationId) {
        return eventStore.readEvents(lcApplicationId.toString(), 0).asStream().<DomainEventMessage<?>>map(e -> e).toList();
    }
}

package com.kpbank.lc.platform.projection;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.projection.DropDeadLetter;
import com.kpbank.lc.api.projection.ProjectionOperatorCommand;
import com.kpbank.lc.api.projection.ReplayProjection;
import com.kpbank.lc.api.projection.RetryDeadLetters;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Handles the operator commands for the read models of this service. Each command is subscribed
 * under {@link ProjectionOperatorCommand#commandName()}, which includes the read model's name: in the
 * one-JVM composition every read model has its own handlers on the local bus, and behind Axon Server
 * the service that hosts a read model is the only one that receives its commands.
 * <p>
 * A refused command fails with a {@link CommandExecutionException} carrying a {@link CommandRefusal}:
 * {@code invalid-request} for a malformed command, {@code wrong-state} for a rebuild while one runs,
 * {@code not-found} for an event that is not parked.
 */
public class ProjectionOperatorCommandHandlers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionOperatorCommandHandlers.class);

    private final ReadModelRebuilds rebuilds;
    private final ProjectionDeadLetters deadLetters;
    private final List<Registration> subscriptions = new ArrayList<>();

    public ProjectionOperatorCommandHandlers(CommandBus commandBus, ReadModelRebuilds rebuilds, ProjectionDeadLetters deadLetters) {
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
        rebuilds.readModels().forEach(readModel -> {
            String name = readModel.name();
            subscribe(commandBus, ReplayProjection.class, name, this::replay);
            subscribe(commandBus, RetryDeadLetters.class, name, this::retry);
            subscribe(commandBus, DropDeadLetter.class, name, this::drop);
        });
    }

    private Object replay(ReplayProjection command) {
        try {
            rebuilds.start(command.projection());
            return null;
        } catch (ReadModelRebuilds.RebuildAlreadyRunning e) {
            throw refused(CommandRefusal.WRONG_STATE, e.getMessage());
        }
    }

    private Object retry(RetryDeadLetters command) {
        int handled = deadLetters.retry(command.projection());
        log.info("Retried the parked events of read model {}: {} sequences handled", command.projection(), handled);
        return null;
    }

    private Object drop(DropDeadLetter command) {
        if (command.eventIdentifier() == null || command.eventIdentifier().isBlank()) {
            throw refused(CommandRefusal.INVALID_COMMAND, "name the parked event to drop by its event identifier");
        }
        if (!deadLetters.drop(command.projection(), command.eventIdentifier())) {
            throw refused(CommandRefusal.NOT_FOUND, "read model " + command.projection() + " has no parked event " + command.eventIdentifier());
        }
        log.info("Dropped parked event {} of read model {}", command.eventIdentifier(), command.projection());
        return null;
    }

    private <C extends ProjectionOperatorCommand> void subscribe(CommandBus commandBus, Class<C> type, String projection, Function<C, Object> handler) {
        subscriptions.add(commandBus.subscribe(ProjectionOperatorCommand.commandName(type, projection), message -> {
            Object payload = message.getPayload();
            if (!type.isInstance(payload) || !projection.equals(type.cast(payload).projection())) {
                throw refused(CommandRefusal.INVALID_COMMAND, message.getCommandName() + " needs a " + type.getSimpleName() + " for read model " + projection);
            }
            return handler.apply(type.cast(payload));
        }));
    }

    private static CommandExecutionException refused(String code, String message) {
        return new CommandExecutionException(message, null, CommandRefusal.of(code, message));
    }

    @Override
    public void close() {
        subscriptions.forEach(Registration::cancel);
    }
}

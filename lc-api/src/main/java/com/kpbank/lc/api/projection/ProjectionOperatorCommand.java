package com.kpbank.lc.api.projection;

/**
 * An operator's command to one projection. A command type has one handler per JVM and Axon Server
 * routes a command name to one service, while the one-JVM composition hosts several projections:
 * so such a command is dispatched under {@link #commandName()}, which includes the projection's name,
 * and the service hosting that projection is the only one subscribed to it.
 * <p>
 * Dispatch it with its name, e.g. with Axon:
 * {@code commandGateway.send(new GenericCommandMessage<>(GenericCommandMessage.asCommandMessage(command), command.commandName()))}.
 * It answers nothing; an unknown projection fails as "no handler".
 */
public interface ProjectionOperatorCommand {

    /** The projection's name, e.g. {@code lc-analytics}. */
    String projection();

    /** The name this command is dispatched and handled under: its type followed by {@code @} and the projection. */
    default String commandName() {
        return commandName(getClass(), projection());
    }

    /** The name a command of this type for that projection is dispatched and handled under. */
    static String commandName(Class<? extends ProjectionOperatorCommand> type, String projection) {
        return type.getName() + "@" + projection;
    }
}

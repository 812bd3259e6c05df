package com.kpbank.lc.gateway;

import com.kpbank.lc.gateway.problem.ProblemException;
import com.kpbank.lc.api.value.Actor;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The gateway's only way to the rest of the system: commands and queries of the published language
 * over Axon's buses, wherever their handlers run. A bus that does not answer in time, or has no
 * handler, is a 503 problem; a command's refusal travels on as Axon's {@link CommandExecutionException}.
 * A command's 503 says whether it may have been applied (API.md): not when no command service took
 * it, maybe when one took it and did not answer.
 */
@Component
public class GatewayBus {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayBus.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final GatewayProperties properties;

    GatewayBus(CommandGateway commands, QueryGateway queries, GatewayProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
    }

    /**
     * Sends a command in the name of its actor, and answers its handler's result (an aggregate version, or
     * the id of a new one). The actor travels in the command's metadata onto the events it applies.
     */
    public Object send(Object command, Actor actor) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(actor.metaData());
        String what = message.getPayloadType().getSimpleName();
        return await(commands.send(message), failure -> failure instanceof NoHandlerForCommandException
                ? "no service takes " + what + " now: the action was not applied; try again later"
                : what + " was not answered in time: the action may have been applied; "
                + "a retry with the same If-Match or Idempotency-Key is safe");
    }

    public <R> R query(Object query, ResponseType<R> responseType) {
        String what = query.getClass().getSimpleName();
        return await(queries.query(query, responseType), failure -> "the service answering " + what + " is not available; try again later");
    }

    /**
     * Subscribes to a query: its initial result, then the updates its handler emits, until the caller cancels
     * the subscription. A handler that is not there fails the initial result.
     */
    public <I, U> SubscriptionQueryResult<I, U> subscribe(Object query, ResponseType<I> initialResult, ResponseType<U> updates) {
        return queries.subscriptionQuery(query, initialResult, updates);
    }

    /** Every answer the handlers of a query give within the bus timeout, e.g. one per service. */
    public <R> java.util.List<R> queryAll(Object query, ResponseType<R> responseType) {
        return queries.scatterGather(query, responseType, properties.busTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .toList();
    }

    /** The result, or a 503 saying what {@code unavailable} makes of the failure (a timeout is none). */
    private <R> R await(CompletableFuture<R> result, Function<Throwable, String> unavailable) {
        try {
            return result.get(properties.busTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof CommandExecutionException refusal) {
                throw refusal;
            }
            String detail = unavailable.apply(failed.getCause());
            LOG.warn("{} ({})", detail, failed.getCause().toString());
            throw ProblemException.unavailable(detail);
        } catch (TimeoutException timeout) {
            result.cancel(true);
            throw ProblemException.unavailable(unavailable.apply(null));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable(unavailable.apply(null));
        }
    }
}

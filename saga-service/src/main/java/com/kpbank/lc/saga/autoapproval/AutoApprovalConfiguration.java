package com.kpbank.lc.saga.autoapproval;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGatewayFactory;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Wires the auto-approval saga's command gateway: transient failures are retried a bounded number of
 * times with exponential backoff; a refusal by the command service is never retried, since the answer
 * would be the same. (Axon's retry schedulers only skip {@code AxonNonTransientException}s by default,
 * and a refusal arrives as a {@link CommandExecutionException}, so the predicate is added here.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AutoApprovalProperties.class)
public class AutoApprovalConfiguration implements DisposableBean {

    private final ScheduledExecutorService retryExecutor = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "auto-approval-retry"));

    @Bean
    public AutoApprovalGateway autoApprovalGateway(CommandBus commandBus, AutoApprovalProperties properties) {
        return CommandGatewayFactory.builder()
                .commandBus(commandBus)
                .retryScheduler(retryScheduler(properties, retryExecutor))
                .build()
                .createGateway(AutoApprovalGateway.class);
    }

    static RetryScheduler retryScheduler(AutoApprovalProperties properties, ScheduledExecutorService executor) {
        return ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(properties.getApproveRetries())
                .backoffFactor(properties.getApproveBackoff().toMillis())
                .addNonTransientFailurePredicate(CommandExecutionException.class, e -> e.getDetails().isPresent())
                .build();
    }

    @Override
    public void destroy() {
        retryExecutor.shutdownNow();
    }
}

package com.kpbank.lc.platform.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The shared projection operations, in every application that hosts at least one
 * {@link RebuildableReadModel}. An auto-configuration (not scanned) so that the one-JVM composition,
 * which scans all of {@code com.kpbank.lc}, gets these beans once.
 */
@AutoConfiguration(afterName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnBean(RebuildableReadModel.class)
public class ProjectionAutoConfiguration {

    static final String DEAD_LETTERS_GAUGE = "lc.projection.dead_letters";

    @Bean(destroyMethod = "close")
    public ReadModelRebuilds readModelRebuilds(List<RebuildableReadModel> readModels, EventProcessingConfiguration processing,
                                               EventStore eventStore, TransactionManager transactions,
                                               ObjectProvider<MeterRegistry> meters) {
        return new ReadModelRebuilds(readModels, processing, eventStore, transactions, meters.getIfAvailable(SimpleMeterRegistry::new),
                Clock.systemUTC(), Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    /** The dead letters, and their number per projection as the gauge {@value #DEAD_LETTERS_GAUGE}. */
    @Bean
    public ProjectionDeadLetters projectionDeadLetters(EventProcessingConfiguration processing, List<RebuildableReadModel> readModels,
                                                       ObjectProvider<MeterRegistry> meters) {
        ProjectionDeadLetters deadLetters = new ProjectionDeadLetters(processing);
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        readModels.forEach(readModel -> Gauge.builder(DEAD_LETTERS_GAUGE, () -> deadLetters.count(readModel.name()))
                .tag("projection", readModel.name())
                .description("events a projection parked in its dead-letter queue")
                .register(registry));
        return deadLetters;
    }

    @Bean
    public ProjectionStatusQueries projectionStatusQueries(ReadModelRebuilds rebuilds, ProjectionDeadLetters deadLetters) {
        return new ProjectionStatusQueries(rebuilds, deadLetters);
    }

    @Bean(destroyMethod = "close")
    public ProjectionOperatorCommandHandlers projectionOperatorCommandHandlers(CommandBus commandBus, ReadModelRebuilds rebuilds,
                                                                               ProjectionDeadLetters deadLetters) {
        return new ProjectionOperatorCommandHandlers(commandBus, rebuilds, deadLetters);
    }
}

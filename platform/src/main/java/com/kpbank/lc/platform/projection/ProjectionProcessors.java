package com.kpbank.lc.platform.projection;

import com.kpbank.lc.platform.processing.PromptEventSource;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;

/**
 * How a read model's event processor is set up, the same for every read model: a pooled streaming processor
 * over the event store, woken when events arrive ({@link PromptEventSource}; tokens durable in the token store, so a restart resumes where it stopped and a reset can replay; its segments,
 * {@code lc.processing.segments} of them, shared by the service's instances) handing its handlers events in
 * batches, and a JPA dead-letter queue for its processing group.
 * <p>
 * Call it from the read model's {@code ConfigurerModule} bean (a bean, not {@code application.yml},
 * so that the one-JVM composition gets the same set-up).
 */
public final class ProjectionProcessors {

    private ProjectionProcessors() {
    }

    /**
     * Registers {@code name} as a pooled streaming processor over the event store (with the platform's
     * segments) handing its handlers {@code batchSize} events of a segment per unit of work, with a durable
     * dead-letter queue.
     */
    public static void pooledWithDeadLetters(EventProcessingConfigurer processing, String name, int batchSize) {
        processing.registerPooledStreamingEventProcessor(name, configuration -> configuration.getComponent(PromptEventSource.class),
                        (configuration, builder) -> builder.batchSize(batchSize))
                .registerDeadLetterQueue(name, configuration -> JpaSequencedDeadLetterQueue.builder()
                        .processingGroup(name)
                        .entityManagerProvider(configuration.getComponent(EntityManagerProvider.class))
                        .transactionManager(configuration.getComponent(TransactionManager.class))
                        .eventSerializer(configuration.eventSerializer())
                        .genericSerializer(configuration.serializer())
                        .build());
    }
}

package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.platform.projection.ProjectionProcessors;
import com.kpbank.lc.search.index.SearchProperties;
import com.kpbank.lc.search.index.SearchReadModel;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code lc-search} event processor: pooled streaming, with a dead-letter queue, handing the projection
 * {@code lc.search.batch-size} events per unit of work, so per multi-get and bulk request. A bean rather
 * than {@code application.yml}, so that the one-JVM composition sets it up the same.
 * <p>
 * The dead-lettering invoker caches which applications have parked events, so that it does not ask the
 * dead-letter queue's database about every event it hands on (a replay would otherwise do one query per event).
 */
@Configuration
public class SearchProcessorConfiguration {

    @Bean
    public ConfigurerModule searchProcessor(SearchProperties properties) {
        return configurer -> {
            ProjectionProcessors.pooledWithDeadLetters(configurer.eventProcessing(), SearchReadModel.NAME, properties.batchSize());
            configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(SearchReadModel.NAME,
                    (configuration, invoker) -> invoker.enableSequenceIdentifierCache());
        };
    }
}

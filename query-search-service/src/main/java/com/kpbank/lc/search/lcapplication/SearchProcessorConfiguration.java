package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.platform.projection.ProjectionProcessors;
import com.kpbank.lc.search.index.SearchProperties;
import com.kpbank.lc.search.index.SearchReadModel;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code lc-search} event processor: tracking, with a dead-letter queue, handing the projection
 * {@code lc.search.batch-size} events per unit of work, so per multi-get and bulk request. A bean rather
 * than {@code application.yml}, so that the one-JVM composition sets it up the same.
 */
@Configuration
public class SearchProcessorConfiguration {

    @Bean
    public ConfigurerModule searchProcessor(SearchProperties properties) {
        return configurer -> ProjectionProcessors.trackingWithDeadLetters(configurer.eventProcessing(), SearchReadModel.NAME, properties.batchSize());
    }
}

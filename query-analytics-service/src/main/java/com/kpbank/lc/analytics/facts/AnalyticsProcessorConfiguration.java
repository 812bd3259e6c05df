package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.platform.projection.ProjectionProcessors;
import jakarta.validation.constraints.Positive;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lc-analytics} event processor: pooled streaming, with a dead-letter queue, handing the
 * projection {@code lc.analytics.batch-size} events per unit of work (so per read and bulk write).
 * A bean rather than {@code application.yml}, so that the one-JVM composition sets it up the same.
 */
@Configuration
@EnableConfigurationProperties(AnalyticsProcessorConfiguration.AnalyticsProcessorProperties.class)
public class AnalyticsProcessorConfiguration {

    @Bean
    public ConfigurerModule analyticsProcessor(AnalyticsProcessorProperties properties) {
        return configurer -> ProjectionProcessors.pooledWithDeadLetters(configurer.eventProcessing(), AnalyticsReadModel.NAME, properties.batchSize());
    }

    /** @param batchSize events per batch of the {@code lc-analytics} processor */
    @Validated
    @ConfigurationProperties("lc.analytics")
    public record AnalyticsProcessorProperties(@Positive Integer batchSize) {

        public AnalyticsProcessorProperties {
            batchSize = batchSize == null ? 500 : batchSize;
        }
    }
}

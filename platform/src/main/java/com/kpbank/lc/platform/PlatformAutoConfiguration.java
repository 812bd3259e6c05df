package com.kpbank.lc.platform;

import com.kpbank.lc.api.event.revision.EventRevisions;
import com.kpbank.lc.api.json.LcJson;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.CalendarDate;
import com.kpbank.lc.platform.processing.PromptEventSource;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every component of the project shares in Axon. */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@EnableConfigurationProperties({BoundsSettings.class, ProcessingSettings.class})
public class PlatformAutoConfiguration {

    public static final String CAUSATION_ID = "causationId";
    public static final String CORRELATION_ID = "correlationId";

    /**
     * The one serializer for messages, events, tokens, sagas and deadlines: JSON in the published
     * language's mapping, readable by any component in any deployment.
     */
    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(LcJson.objectMapper()).build();
    }

    /**
     * Every event processor a service does not set up otherwise is a pooled streaming processor of
     * {@code lc.processing.segments} segments, so that the instances of a service share its work ({@link ProcessingSettings}).
     * Every streaming processor reads the event store through a {@link PromptEventSource}, which wakes it when
     * events arrive.
     */
    @Bean
    public ConfigurerModule pooledEventProcessors(ProcessingSettings processing) {
        return configurer -> {
            configurer.registerComponent(PromptEventSource.class, configuration -> new PromptEventSource(configuration.eventStore()));
            configurer.eventProcessing()
                    .configureDefaultStreamableMessageSource(configuration -> configuration.getComponent(PromptEventSource.class))
                    .usingPooledStreamingEventProcessors((configuration, builder) -> builder.initialSegmentCount(processing.segments()));
        };
    }

    /** Stored events of older revisions read as today's, in every service that reads events (Axon registers it). */
    @Bean
    public EventUpcaster lcEventRevisions() {
        return EventRevisions.upcasters();
    }

    /** Every validator of a service (of commands, of request bodies) bounds dates by the configured horizon. */
    @Bean
    public ValidationConfigurationCustomizer lcDateHorizon(BoundsSettings bounds) {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                hibernate.constraintValidatorPayload(new CalendarDate.Horizon(bounds.dateHorizon()));
            }
        };
    }

    /**
     * One trace identity: the trace id of logs and spans is OpenTelemetry's. Axon's origin metadata would put
     * a message id under {@code traceId} beside the W3C {@code traceparent}; it keeps the usual names of event
     * sourcing instead: {@code causationId}, the message this one was caused by, and {@code correlationId},
     * the first message of the action.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(CAUSATION_ID, CORRELATION_ID);
    }

    /**
     * Who made it happen travels on: the actor in a handled message's metadata is copied onto every command
     * and event sent or applied while handling it, in every process. A sender that acts on its own (the
     * auto-approval, a reminder) names itself explicitly, and explicit metadata wins.
     */
    @Bean
    public CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider(Actor.KIND, Actor.NAME);
    }
}

package com.kpbank.lc.platform;

import com.kpbank.lc.platform.tracing.LiveEventsOnlySpanFactory;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.tracer.common.SpanContext;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * One trace per user action, across every hop: HTTP, command, event, saga, projection; replays of
 * history add nothing to those traces.
 * <p>
 * Axon's own OpenTelemetry wiring uses {@code GlobalOpenTelemetry}, which Spring Boot never sets, so its
 * spans would be no-ops and the trace context would not travel in message metadata. Axon gets the
 * application's {@link OpenTelemetry} instead: the one Micrometer Tracing bridges to and Spring's HTTP
 * observations use.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
        beforeName = {"org.axonframework.springboot.autoconfig.OpenTelemetryAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration"})
public class PlatformObservabilityConfiguration {

    @Bean
    @ConditionalOnBean(OpenTelemetry.class)
    public SpanFactory axonSpanFactory(OpenTelemetry openTelemetry) {
        return OpenTelemetrySpanFactory.builder()
                .tracer(openTelemetry.getTracer("AxonFramework-OpenTelemetry"))
                .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                .build();
    }

    /** Event processors trace live events only (see {@link LiveEventsOnlySpanFactory}). */
    @Bean
    public static BeanPostProcessor liveEventsOnlyTracing() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventProcessorSpanFactory factory && !(bean instanceof LiveEventsOnlySpanFactory)
                        ? new LiveEventsOnlySpanFactory(factory)
                        : bean;
            }
        };
    }

    /**
     * Exemplars off where the scraper cannot read them: Prometheus 2.42 (Debian's) rejects the exemplars
     * Spring Boot emits once tracing is on. A span context that reports no current span adds none.
     * The distributed deployment's Prometheus reads them, so there {@code lc.metrics.exemplars=true}.
     */
    @Bean
    @ConditionalOnProperty(name = "lc.metrics.exemplars", havingValue = "false", matchIfMissing = true)
    public SpanContext noExemplarsSpanContext() {
        return new SpanContext() {
            @Override
            public String getCurrentTraceId() {
                return null;
            }

            @Override
            public String getCurrentSpanId() {
                return null;
            }

            @Override
            public boolean isCurrentSpanSampled() {
                return false;
            }

            @Override
            public void markCurrentSpanAsExemplar() {
            }
        };
    }
}

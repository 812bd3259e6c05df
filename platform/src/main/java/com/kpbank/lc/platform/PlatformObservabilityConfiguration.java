package com.kpbank.lc.platform;

import com.kpbank.lc.platform.tracing.LiveEventsOnlySpanFactory;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.tracer.common.SpanContext;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        return new LiveEventsOnlySpanFactory(OpenTelemetrySpanFactory.builder()
                .tracer(openTelemetry.getTracer("AxonFramework-OpenTelemetry"))
                .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                .build());
    }

    /**
     * Health probes and scrapes are not user actions: the requests to the actuator's endpoints, and whatever
     * is observed while one is served (Spring Security's filter chain), are neither observed nor traced.
     */
    @Bean
    public ObservationPredicate noActuatorObservations(@Value("${management.endpoints.web.base-path:/actuator}") String basePath) {
        String underActuator = basePath + "/";
        return (name, context) -> {
            HttpServletRequest request = context instanceof ServerRequestObservationContext server
                    ? server.getCarrier()
                    : RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
            return request == null || !(request.getRequestURI().equals(basePath) || request.getRequestURI().startsWith(underActuator));
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

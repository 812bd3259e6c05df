package com.kpbank.lc.standalone;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.gateway.checks.CheckKind;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A single user action is one trace, across every hop of the system: the analyst's HTTP request that
 * records the last check, the command, its event, the auto-approval saga it wakes, the saga's approve
 * command, the approval event, the read models' projections of it and the query updates they emit. Nothing
 * else starts a trace: not a probe of the actuator, not a projection's handler.
 */
class OneTracePerActionIT {

    /** Each test's own: a system that stops shuts its exporter down. */
    private static final AtomicReference<InMemorySpanExporter> EXPORTED = new AtomicReference<>();

    /** Given explicitly as a source (not scanned), so that no other test's composition exports spans here. */
    public static class CapturedSpans {
        @Bean
        SpanExporter capturingSpanExporter() {
            return EXPORTED.get();
        }
    }

    @BeforeEach
    void captureSpans() {
        EXPORTED.set(InMemorySpanExporter.create());
    }

    @Test
    void recording_the_last_check_is_one_trace_through_saga_approval_and_projections(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class, CapturedSpans.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--lc.data-dir=" + dataDir)) {
            AutoApprovalScenario scenario = new AutoApprovalScenario(context).awaitAutoApprovalRunning();
            LCApplicationId id = scenario.submitApplication("8000.00", "USD");
            scenario.recordApproved(id, CheckKind.PRODUCT_VALUE, CheckKind.PRODUCT_LEGALITY);
            URI application = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort()
                    + "/lc-applications/" + id);
            await().atMost(AutoApprovalScenario.DEADLINE)
                    .until(() -> send(HttpRequest.newBuilder(application)).body().contains("record-applicant-credit-check"));

            HttpResponse<String> recorded = send(HttpRequest.newBuilder(URI.create(application + "/record-applicant-credit-check"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"APPROVED\",\"remarks\":\"sound\"}")));
            assertThat(recorded.statusCode()).as(recorded.body()).isLessThan(300);

            // spans are exported in batches: the request's own span may arrive after its response
            String traceId = await().atMost(AutoApprovalScenario.DEADLINE).until(() -> spans().stream()
                    .filter(span -> span.getKind() == SpanKind.SERVER && span.getName().startsWith("http post /lc-applications/"))
                    .map(SpanData::getTraceId).findFirst(), Optional::isPresent).orElseThrow();
            await().atMost(AutoApprovalScenario.DEADLINE).untilAsserted(() -> assertThat(spanNamesOf(traceId)).contains(
                    "CommandBus.handleCommand(RecordApplicantCreditCheck)",
                    "EventBus.publishEvent(ApplicantCreditValidated)",
                    "SagaManager.invokeSaga(AutoApprovalSaga)(ApplicantCreditValidated)",
                    "CommandBus.handleCommand(ApproveLCApplication)",
                    "EventBus.publishEvent(LCApplicationApproved)",
                    "StreamingEventProcessor.process(LCApplicationApproved)",
                    "QueryUpdateEmitter.emitQueryUpdateMessage(LCApplicationView)"));

            HttpResponse<String> probe = send(HttpRequest.newBuilder(application.resolve("/actuator/health")));
            assertThat(probe.statusCode()).isLessThan(500);
            // every span exported so far starts a trace only if it is a request or a command sent from outside
            context.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);
            assertThat(spans()).filteredOn(span -> !span.getParentSpanContext().isValid()).extracting(SpanData::getName)
                    .allSatisfy(root -> assertThat(root).matches("http (get|post) /lc-applications.*|CommandBus\\.dispatchCommand\\(.*\\)"));
            assertThat(scenario.metaDataOfEvents(id)).allSatisfy(metaData -> assertThat(metaData)
                    .containsKeys("traceparent", "correlationId", "causationId").doesNotContainKey("traceId"));
        }
    }

    /**
     * Anyone can have a request refused, as often as they like: the refusal shows as the request's status, and leaves no
     * stack trace in the trace (Spring Security records one for each refused authentication and authorization when it
     * observes them: a few kilobytes of trace for a request of a hundred bytes).
     */
    @Test
    void a_refused_request_is_traced_without_a_stack_trace(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class, CapturedSpans.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--lc.data-dir=" + dataDir)) {
            URI root = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/");
            assertThat(sendAs(null, HttpRequest.newBuilder(root)).statusCode()).isEqualTo(401);
            assertThat(sendAs("applicant-1:wrong", HttpRequest.newBuilder(root)).statusCode()).isEqualTo(401);
            assertThat(sendAs("manager:manager", HttpRequest.newBuilder(root.resolve("/projections"))).statusCode()).isEqualTo(403);

            context.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);
            assertThat(spans()).filteredOn(span -> span.getKind() == SpanKind.SERVER).hasSize(3);
            assertThat(spans()).flatExtracting(SpanData::getEvents).extracting(EventData::getName).doesNotContain("exception");
        }
    }

    private static List<SpanData> spans() {
        return EXPORTED.get().getFinishedSpanItems();
    }

    private static Set<String> spanNamesOf(String traceId) {
        return spans().stream().filter(span -> span.getTraceId().equals(traceId)).map(SpanData::getName).collect(Collectors.toSet());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return sendAs("analyst:analyst", request);
    }

    /** Sends the request with these credentials ({@code user:password}), or none. */
    private static HttpResponse<String> sendAs(String credentials, HttpRequest.Builder request) {
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.header("Accept", "application/prs.hal-forms+json").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot send " + request, e);
        }
    }
}

package com.kpbank.lc.standalone;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.gateway.checks.CheckKind;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

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

    private static final InMemorySpanExporter EXPORTED = InMemorySpanExporter.create();

    /** Given explicitly as a source (not scanned), so that no other test's composition exports spans here. */
    public static class CapturedSpans {
        @Bean
        SpanExporter capturingSpanExporter() {
            return EXPORTED;
        }
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

    private static List<SpanData> spans() {
        return EXPORTED.getFinishedSpanItems();
    }

    private static Set<String> spanNamesOf(String traceId) {
        return spans().stream().filter(span -> span.getTraceId().equals(traceId)).map(SpanData::getName).collect(Collectors.toSet());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:analyst".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/prs.hal-forms+json")
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}

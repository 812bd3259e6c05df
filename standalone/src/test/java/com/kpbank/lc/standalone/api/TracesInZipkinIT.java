package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static com.kpbank.lc.standalone.api.DemoUser.ANALYST;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the started system's traces say, read back from a real Zipkin server it exports to: a whole lifecycle
 * through the auto-approval, a rebuild of every read model and probes of the actuator leave exactly one trace
 * per request the clients sent outside the actuator, and no other trace. Each trace is rooted in the gateway's
 * span of that request and holds no span whose parent is missing; the trace of the last check holds the spans of
 * every component it crosses. In one JVM every span carries the one service name {@code standalone}, so the
 * components are told apart by their spans' names; across processes (README, "Traces") by service name.
 */
class TracesInZipkinIT {

    private static final Duration EVENTUALLY = Duration.ofMinutes(2);
    private static final String SERVICE = "standalone";

    private final List<String> requests = new CopyOnWriteArrayList<>();

    @Test
    void every_request_is_one_whole_trace_and_nothing_else_starts_one(@TempDir Path dataDir) {
        try (ZipkinServer zipkin = ZipkinServer.start(dataDir)) {
            StandaloneProcess system = new StandaloneProcess(dataDir, List.of(
                    "--management.zipkin.tracing.export.enabled=true",
                    "--management.zipkin.tracing.endpoint=" + zipkin.spansEndpoint()));
            system.start();
            URI approved;
            try {
                approved = autoApprovedLifecycle(system.root());
                rebuildEveryReadModel(system.root());
                probeTheActuator(system.root());
            } finally {
                system.stop(); // a graceful stop exports the spans still batched
            }

            List<String> actions = requests.stream().filter(request -> !request.contains(" /actuator")).sorted().toList();
            JsonNode traces = await("Zipkin holds a trace of each of the " + actions.size() + " requests").atMost(EVENTUALLY)
                    .until(zipkin::traces, all -> all.size() >= actions.size());

            List<String> roots = new ArrayList<>();
            for (JsonNode trace : traces) {
                JsonNode root = rootOf(trace);
                roots.add(requestOf(root));
                assertThat(root.path("kind").asText()).as("the root of %s", names(trace)).isEqualTo("SERVER");
                assertThat(spans(trace)).allSatisfy(span -> assertThat(span.path("localEndpoint").path("serviceName").asText())
                        .as("service of %s", span.path("name").asText()).isEqualTo(SERVICE));
            }
            assertThat(roots).as("one trace per request, rooted in the gateway's span of it").containsExactlyInAnyOrderElementsOf(actions);

            assertThat(names(traceOf(traces, "POST " + approved.getRawPath() + "/record-applicant-credit-check")))
                    .as("the last check, through the saga's approval to both read models").contains(
                            "http post /lc-applications/{id}/{action}",
                            "lcapplication.handle(recordapplicantcreditcheck)",
                            "commandbus.handlecommand(recordapplicantcreditcheck)",
                            "sagamanager.invokesaga(autoapprovalsaga)(applicantcreditvalidated)",
                            "autoapprovalsaga.on(applicantcreditvalidated)",
                            "lcapplication.handle(approvelcapplication,deadlinemanager)",
                            "deadlinemanager.cancelallwithinscope(lc-approval-reminder-" + Path.of(approved.getPath()).getFileName() + ")",
                            "lcapplicationsearchprojection.on(lcapplicationevent,string,long,instant)",
                            "lcfactsprojection.on(lcapplicationapproved,long,instant,replaystatus)",
                            "queryupdateemitter.emitqueryupdatemessage(lcapplicationview)");
            assertNoReplayedEventIsTraced(traces);
        }
    }

    /** A traced replay would show each read model handling each event twice (live, then replayed), or join the operator's trace. */
    private static void assertNoReplayedEventIsTraced(JsonNode traces) {
        Map<String, JsonNode> byId = spans(traces).stream().collect(Collectors.toMap(span -> span.path("id").asText(), span -> span));
        Map<String, Long> handlings = spans(traces).stream().filter(span -> span.path("name").asText().matches(".*projection\\.on\\(.*"))
                .collect(Collectors.groupingBy(span -> span.path("name").asText() + " of event "
                        + byId.get(span.path("parentId").asText()).path("tags").path("axon_message_id").asText(), Collectors.counting()));
        assertThat(handlings).as("each read model's handling of each event").isNotEmpty()
                .allSatisfy((handling, spans) -> assertThat(handling).doesNotEndWith("of event "))
                .allSatisfy((handling, spans) -> assertThat(spans).as(handling).isEqualTo(1));
        for (JsonNode trace : traces) {
            if (requestOf(rootOf(trace)).endsWith("/replay")) {
                assertThat(names(trace)).as("a rebuild traces no replayed event")
                        .noneMatch(name -> name.contains("eventprocessor") || name.contains(".on(") || name.contains("invokesaga"));
            }
        }
    }

    /** A small application from its start to the auto-approval, each action taken from the form it was offered in. */
    private URI autoApprovedLifecycle(URI root) {
        HypermediaClient applicant = recorded(APPLICANT_1, root);
        HypermediaClient analyst = recorded(ANALYST, root);
        ApiResponse application = analyst.reload(Drafts.submitted(applicant, "TRACED-1", "8000.00"));
        for (String check : List.of("record-product-value-check", "record-product-legality-check", "record-applicant-credit-check")) {
            application = accepted(analyst.submit(application, check, Drafts.approvedCheck()));
        }
        ApiResponse checked = application;
        await("the auto-approval").atMost(EVENTUALLY)
                .until(() -> applicant.reload(checked), seen -> seen.text("state").equals(Optional.of("APPROVED")));
        return URI.create(checked.href("self").orElseThrow());
    }

    /** The operator replays every read model the API offers a replay of and waits for each new generation to be live. */
    private void rebuildEveryReadModel(URI root) {
        HypermediaClient operator = recorded(OPERATOR, root);
        List<ApiResponse> readModels = new ArrayList<>();
        for (JsonNode projection : operator.follow(operator.root(), "projections").json().path("_embedded").path("projections")) {
            ApiResponse readModel = operator.get(URI.create(projection.path("_links").path("self").path("href").asText()));
            if (readModel.template("replay").isPresent()) {
                assertThat(operator.submit(readModel, "replay", Map.of()).status()).as(readModel.toString()).isEqualTo(202);
                readModels.add(readModel);
            }
        }
        assertThat(readModels).as("read models offered a replay").hasSizeGreaterThanOrEqualTo(2);
        for (ApiResponse before : readModels) {
            await("a new generation of " + before.text("name").orElseThrow()).atMost(EVENTUALLY).until(() -> operator.get(before.uri()),
                    now -> now.text("state").equals(Optional.of("RUNNING")) && !now.text("generation").equals(before.text("generation")));
        }
    }

    /** What a load balancer and a metrics scraper ask. */
    private void probeTheActuator(URI root) {
        HypermediaClient operator = recorded(OPERATOR, root);
        for (String endpoint : List.of("actuator/health", "actuator/info", "actuator/prometheus")) {
            ApiResponse answer = operator.send("GET", root.resolve(endpoint), Map.of("Accept", "*/*"), HttpRequest.BodyPublishers.noBody());
            assertThat(answer.status()).as(endpoint).isEqualTo(200);
        }
    }

    private HypermediaClient recorded(DemoUser user, URI root) {
        Consumer<HttpRequest> record = request -> requests.add(request.method() + " " + request.uri().getRawPath());
        return HypermediaClient.as(user, root).observedBy(record);
    }

    private static ApiResponse accepted(ApiResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer;
    }

    /** The spans of a trace, or of every trace. */
    private static List<JsonNode> spans(JsonNode trace) {
        return StreamSupport.stream(trace.spliterator(), false)
                .flatMap(node -> node.isArray() ? spans(node).stream() : Stream.of(node)).toList();
    }

    private static List<String> names(JsonNode trace) {
        return spans(trace).stream().map(span -> span.path("name").asText()).toList();
    }

    /** The one span of the trace without a parent; every other span's parent is in the trace (no orphans). */
    private static JsonNode rootOf(JsonNode trace) {
        Set<String> ids = new HashSet<>();
        trace.forEach(span -> ids.add(span.path("id").asText()));
        List<JsonNode> roots = spans(trace).stream().filter(span -> !ids.contains(span.path("parentId").asText())).toList();
        assertThat(roots).as("spans without their parent in trace %s", names(trace)).hasSize(1);
        assertThat(roots.get(0).has("parentId")).as("the root of %s", names(trace)).isFalse();
        return roots.get(0);
    }

    /** The request a gateway's server span is the span of, as {@link #recorded} writes it. */
    private static String requestOf(JsonNode span) {
        return span.path("tags").path("method").asText() + " " + span.path("tags").path("http.url").asText();
    }

    private static JsonNode traceOf(JsonNode traces, String request) {
        for (JsonNode trace : traces) {
            if (requestOf(rootOf(trace)).equals(request)) {
                return trace;
            }
        }
        throw new AssertionError("no trace of " + request);
    }
}

package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.elasticsearch.ElasticsearchNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.kpbank.lc.standalone.api.DemoUser.ANALYST;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static com.kpbank.lc.standalone.api.DemoUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards show what happened. A scripted workload of whole lifecycles (auto-approved, approved by a
 * manager, declined, cancelled, one left waiting past its reminders, a refused change, a replay of the
 * analytics read model) runs against the standalone system (its jar, in a JVM of its own) while a real
 * Prometheus (Debian's, installed by {@code bin/install-test-tools}) scrapes it; then every query of both
 * Grafana dashboards, evaluated by that Prometheus, returns what the workload must produce. The log lines
 * the same run wrote are indexed into a real Elasticsearch node through the repository's index template, and
 * each Kibana saved search, run by Elasticsearch itself, finds the lines it is meant to find and only them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardsIT {

    private static final Path GRAFANA = Path.of("../observability/grafana/dashboards");
    private static final Path KIBANA = Path.of("../observability/kibana");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    /** Short, so that the application left waiting gets its two reminders and its past-due notice within seconds. */
    private static final Duration REMINDER_INTERVAL = Duration.ofSeconds(5);
    /** What Grafana puts for its time-range variable: the whole run lies within the last hour. */
    private static final String RANGE = "1h";
    /** The decision-time histogram's bucket bounds up to the first that holds every decision of the run, seconds. */
    private static final double[] DECISION_BUCKETS = {1, 5, 30, 300};

    private final Map<DemoUser, HypermediaClient> users = new LinkedHashMap<>();
    private Path dataDir;
    private StandaloneProcess system;
    private Process prometheus;
    private URI prometheusUri;
    private final Map<String, ApiResponse> applications = new LinkedHashMap<>();
    /** When every kind of request and command of the workload had been made: the technical panels' rates are read then. */
    private Instant busiest;
    /** When the workload was done and its effects settled: the business panels are read then. */
    private Instant done;

    @BeforeAll
    void runTheWorkload() throws Exception {
        RequiredTools.require(RequiredTools.PROMETHEUS);
        dataDir = Files.createTempDirectory("lc-dashboards-");
        system = new StandaloneProcess(dataDir, List.of("--lc.approval-reminders.interval=" + REMINDER_INTERVAL));
        system.start();
        Stream.of(DemoUser.values()).forEach(user -> users.put(user, HypermediaClient.as(user, system.root())));
        prometheusUri = URI.create("http://127.0.0.1:" + StandaloneProcess.freePort() + "/");
        prometheus = startPrometheus(system.root(), prometheusUri, Files.createDirectories(dataDir.resolve("prometheus")));
        // a scrape before anything happens: every counter's first value is its zero
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> !query("count_over_time(up[1m]) >= 2", Instant.now()).isEmpty());

        // a change a domain rule refuses, twice and far apart: a rate shows a series' increase, not its first value
        ApiResponse draft = Drafts.started(client(APPLICANT_1), "DASH-CANCELLED");
        refusedExpiryDate(draft, LocalDate.now().minusDays(1));
        ApiResponse auto = Drafts.submitted(client(APPLICANT_1), "DASH-AUTO", "8000.00");
        applications.put("auto-approved", auto);
        for (String check : List.of("record-product-value-check", "record-product-legality-check", "record-applicant-credit-check")) {
            auto = act(ANALYST, auto, check, Drafts.approvedCheck());
        }
        ApiResponse large = Drafts.submitted(client(APPLICANT_1), "DASH-MANAGER", "30000.00");
        applications.put("approved by a manager", large);
        act(MANAGER, large, "approve", Map.of());
        ApiResponse declined = Drafts.submitted(client(APPLICANT_1), "DASH-DECLINED", "9000.00");
        applications.put("declined", declined);
        declined = act(ANALYST, declined, "record-product-value-check", Map.of("decision", "REJECTED", "remarks", "value implausible"));
        act(MANAGER, declined, "decline", Drafts.reason("the value is implausible"));
        refusedExpiryDate(draft, LocalDate.now().minusYears(1));
        applications.put("cancelled", act(APPLICANT_1, draft, "cancel", Drafts.reason("ordered elsewhere")));
        assertThat(client(APPLICANT_1).send("DELETE", system.root(), Map.of(), HttpRequest.BodyPublishers.noBody()).status())
                .as("a request the API does not take, logged as a warning").isEqualTo(405);
        busiest = Instant.now();
        applications.put("waiting", Drafts.submitted(client(APPLICANT_1), "DASH-WAITING", "40000.00"));

        await().atMost(EVENTUALLY).until(() -> state("auto-approved").equals("APPROVED"));
        await().atMost(EVENTUALLY).until(() -> history("waiting").stream().anyMatch(entry -> entry.path("event").asText().equals("LCApprovalPastDue")));

        ApiResponse analytics = client(OPERATOR).projection("lc-analytics");
        String generation = analytics.text("generation").orElseThrow();
        assertThat(client(OPERATOR).submit(analytics, "replay", Map.of()).status()).isEqualTo(202);
        await().atMost(EVENTUALLY).until(() -> {
            ApiResponse now = client(OPERATOR).get(analytics.uri());
            return now.text("state").equals(Optional.of("RUNNING")) && !now.text("generation").equals(Optional.of(generation));
        });
        done = Instant.now();
    }

    @AfterAll
    void stop() throws InterruptedException {
        try {
            if (prometheus != null) {
                prometheus.destroy();
                if (!prometheus.waitFor(30, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly();
                }
            }
        } finally {
            if (system != null) {
                system.stop();
            }
        }
    }

    @Test
    void every_query_of_both_grafana_dashboards_returns_what_the_workload_did() throws Exception {
        Map<String, Long> events = new TreeMap<>();
        List<Double> decisionSeconds = new ArrayList<>();
        for (String application : applications.keySet()) {
            List<JsonNode> history = history(application);
            history.forEach(entry -> events.merge(entry.path("event").asText(), 1L, Long::sum));
            Instant submitted = at(history, "LCApplicationSubmitted");
            Instant decided = Stream.of(at(history, "LCApplicationApproved"), at(history, "LCApplicationDeclined")).filter(Objects::nonNull).findFirst().orElse(null);
            if (submitted != null && decided != null) {
                decisionSeconds.add(Duration.between(submitted, decided).toMillis() / 1000.0);
            }
        }
        decisionSeconds.sort(Comparator.naturalOrder());
        assertThat(decisionSeconds).hasSize(3);
        long reminders = events.getOrDefault("LCApprovalPending", 0L);
        assertThat(reminders).as("the waiting application's two reminders, and any that fell due before a decision").isGreaterThanOrEqualTo(2);

        Map<String, Consumer<List<JsonNode>>> expected = new TreeMap<>();
        // the business dashboard: counts over the time range, per hour and per day
        for (String period : List.of("Applications in the period: ", "Applications per hour: ", "Applications per day: ")) {
            expected.put(period + "started", one(5));
            expected.put(period + "submitted", one(4));
            expected.put(period + "declined", one(1));
            expected.put(period + "cancelled", one(1));
        }
        expected.put("Applications in the period: approved", one(2));
        expected.put("Applications per hour: approved by {{by}}", byLabels(Map.of("auto-approval", 1L, "manager", 1L), "by"));
        expected.put("Applications per day: approved by {{by}}", byLabels(Map.of("auto-approval", 1L, "manager", 1L), "by"));
        expected.put("Approval rate: approved of decided", ratio(2.0 / 3));
        expected.put("Approval rate per day: approval rate", ratio(2.0 / 3));
        expected.put("Auto-approval share: approved by auto-approval", ratio(0.5));
        expected.put("Approval rate per day: auto-approval share", ratio(0.5));
        expected.put("Waiting for a decision now: pending approval", one(1));
        expected.put("Waiting for a decision now: past due", one(1));
        expected.put("Reminders in the period: approval reminders", one(reminders));
        expected.put("Reminders in the period: became past due", one(events.getOrDefault("LCApprovalPastDue", 0L)));
        expected.put("Time from submission to decision: p50", inBucketOf(decisionSeconds.get(1)));
        expected.put("Time from submission to decision: p95", inBucketOf(decisionSeconds.get(2)));
        expected.put("Dead letters per projection: {{projection}}", byLabels(Map.of("lc-analytics", 0L, "lc-search", 0L), "projection"));
        expected.put("Check outcomes: {{check}} {{decision}}", byLabels(Map.of(
                "product_value approved", 1L, "product_legality approved", 1L, "applicant_credit approved", 1L, "product_value rejected", 1L,
                "product_legality rejected", 0L, "applicant_credit rejected", 0L), "check", "decision"));
        Map<String, Long> outcomes = new TreeMap<>(Map.of("approved all_checks_passed", 1L, "left_to_manager amount_above_threshold", 2L,
                "left_to_manager product_value_rejected", 1L));
        List.of("left_to_manager no_reference_rate", "left_to_manager product_legality_rejected", "left_to_manager applicant_credit_rejected",
                "left_to_manager approval_refused", "gave_up approval_kept_failing", "overtaken decided", "overtaken cancelled")
                .forEach(outcome -> outcomes.put(outcome, 0L));
        expected.put("Auto-approval outcomes: {{outcome}}: {{reason}}", byLabels(outcomes, "outcome", "reason"));
        // the technical dashboard: what the workload did more than once (a rate shows a series' increase, not its first value)
        expected.put("Commands handled per second: {{payloadType}}", hasSeries("payloadType", "StartNewLCApplication", "ChangeAmount", "SubmitLCApplication", "ApproveLCApplication"));
        expected.put("Commands refused or failed per second: {{payloadType}}", hasSeries("payloadType", "ChangeExpiryDate"));
        expected.put("Command handling time p95: {{payloadType}}", somePositive());
        expected.put("Events processed per second: {{processorName}}", hasSeries("processorName", "lc-search", "lc-analytics", "auto-approval"));
        expected.put("Event processor lag (age of the event handled): {{processorName}}", notEmpty());
        expected.put("Event handling failures per second (parked in the dead-letter queue): {{processorName}}", allZero());
        expected.put("Read-model replay progress: {{projection}}", byLabels(Map.of("lc-analytics", 100L, "lc-search", 100L), "projection"));
        expected.put("Queries per second: {{payloadType}}", hasSeries("payloadType", "FindLCApplication"));
        expected.put("API requests per second by status: {{status}}", hasSeries("status", "200", "201", "422"));
        expected.put("API mean response time by resource: {{method}} {{uri}}", somePositive());
        expected.put("Heap used per service: {{service}}", allPositive());

        Map<String, DashboardQuery> queries = dashboardQueries();
        assertThat(queries.keySet()).as("every query of the dashboards has its expected values here").isEqualTo(expected.keySet());
        Map<String, Instant> readAt = Map.of("lc-application-processing", busiest.plusSeconds(2), "lc-business", done.plusSeconds(2));
        Instant last = readAt.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        await("a scrape after " + last).atMost(Duration.ofSeconds(30)).until(() -> query("timestamp(up)", Instant.now()).stream()
                .allMatch(up -> value(up) > last.getEpochSecond() + 1));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, DashboardQuery> query : queries.entrySet()) {
            String promql = query.getValue().expression().replace("$__range", RANGE);
            List<JsonNode> series = query(promql, readAt.get(query.getValue().dashboard()));
            try {
                expected.get(query.getKey()).accept(series);
            } catch (AssertionError unexpected) {
                wrong.add(query.getKey() + " [" + promql + "] -> " + series + ": " + unexpected.getMessage());
            }
        }
        assertThat(wrong).as("the panels that do not show what the workload did").isEmpty();
    }

    @Test
    void each_kibana_saved_search_run_by_elasticsearch_finds_the_lines_it_is_meant_to_find_and_only_them() throws Exception {
        List<JsonNode> lines = logLines();
        try (ElasticsearchNode elasticsearch = ElasticsearchNode.builder(Files.createDirectories(dataDir.resolve("logs-index"))).start()) {
            URI node = elasticsearch.httpUri();
            assertThat(send(node, "PUT", "_index_template/lc-logs", Files.readString(KIBANA.resolve("lc-logs-template.json")))).isEqualTo(200);
            String index = "lc-logs-" + DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC).format(Instant.now());
            // Filebeat's first write creates the day's index; this node creates none by itself
            assertThat(send(node, "PUT", index, "{}")).isEqualTo(200);
            StringBuilder bulk = new StringBuilder();
            for (JsonNode line : lines) {
                bulk.append("{\"index\":{}}\n").append(JSON.writeValueAsString(line)).append('\n');
            }
            assertThat(send(node, "POST", index + "/_bulk?refresh=true", bulk.toString())).isEqualTo(200);
            JsonNode mapping = JSON.readTree(get(node, index + "/_mapping")).path(index).path("mappings").path("properties");
            Stream.of("service", "level", "traceId", "spanId", "lcApplicationId", "logger_name")
                    .forEach(field -> assertThat(mapping.path(field).path("type").asText()).as(field).isEqualTo("keyword"));
            assertThat(mapping.path("message").path("type").asText()).isEqualTo("text");

            Map<String, String> searches = savedSearches();
            List<String> warnings = search(node, searches.get("lc-errors"), null, null);
            assertThat(warnings).as("the errors search finds the warning the workload caused")
                    .anyMatch(message -> message.contains("Request method 'DELETE' is not supported"));
            assertThat(warnings).as("and every error and warning, only them").containsExactlyInAnyOrderElementsOf(messages(lines,
                    line -> Set.of("ERROR", "WARN").contains(line.path("level").asText())));

            List<String> replays = search(node, searches.get("lc-replays"), null, null);
            assertThat(replays).anyMatch(message -> message.startsWith("Rebuild of read model lc-analytics started"));
            assertThat(replays).containsExactlyInAnyOrderElementsOf(messages(lines,
                    line -> line.path("logger_name").asText().startsWith("com.kpbank.lc.platform.projection")));

            // the trail dashboard's controls add a filter for the chosen trace or application to the trail's query
            String approvedByTheSaga = lines.stream().filter(line -> line.path("message").asText().endsWith("all three checks passed, approved"))
                    .map(line -> line.path("traceId").asText()).filter(traceId -> !traceId.isEmpty()).findFirst()
                    .orElseThrow(() -> new AssertionError("the auto-approval's approval is logged with its trace"));
            List<JsonNode> ofTheTrace = lines.stream().filter(line -> line.path("traceId").asText().equals(approvedByTheSaga)).toList();
            assertThat(ofTheTrace.stream().map(line -> line.path("logger_name").asText()).distinct())
                    .as("the action's lines come from more than one component").hasSizeGreaterThan(1);
            assertThat(search(node, searches.get("lc-trail"), "traceId", approvedByTheSaga))
                    .containsExactlyInAnyOrderElementsOf(messages(ofTheTrace, line -> true));
            String application = ofTheTrace.stream().map(line -> line.path("lcApplicationId").asText()).filter(id -> !id.isEmpty()).findFirst().orElseThrow();
            assertThat(search(node, searches.get("lc-trail"), "lcApplicationId", application))
                    .containsExactlyInAnyOrderElementsOf(messages(lines, line -> line.path("lcApplicationId").asText().equals(application)));
        }
    }

    @Test
    void every_field_a_kibana_saved_object_refers_to_is_in_the_index_template() throws IOException {
        Set<String> fields = new TreeSet<>();
        JsonNode properties = JSON.readTree(KIBANA.resolve("lc-logs-template.json").toFile()).path("template").path("mappings").path("properties");
        properties.fieldNames().forEachRemaining(fields::add);
        Set<String> referred = new TreeSet<>();
        Pattern luceneField = Pattern.compile("([A-Za-z_@][\\w.@]*):");
        for (JsonNode object : savedObjects()) {
            JsonNode attributes = object.path("attributes");
            attributes.path("columns").forEach(column -> referred.add(column.asText()));
            attributes.path("sort").forEach(sort -> referred.add(sort.path(0).asText()));
            if (attributes.has("timeFieldName")) {
                referred.add(attributes.path("timeFieldName").asText());
            }
            String source = attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON").asText("{}");
            Matcher query = luceneField.matcher(JSON.readTree(source).path("query").path("query").asText());
            while (query.find()) {
                referred.add(query.group(1));
            }
            if (attributes.has("visState")) {
                JSON.readTree(attributes.path("visState").asText()).path("aggs").findValuesAsText("field").forEach(referred::add);
            }
            if (attributes.has("controlGroupInput")) {
                JSON.readTree(attributes.path("controlGroupInput").path("panelsJSON").asText()).findValuesAsText("fieldName").forEach(referred::add);
            }
        }
        assertThat(referred).contains("traceId", "lcApplicationId", "service", "level", "@timestamp");
        assertThat(fields).containsAll(referred);
    }

    // --- the workload, through the API

    private HypermediaClient client(DemoUser user) {
        return users.get(user);
    }

    /**
     * The task done by the user on the application as the user sees it now: a reminder may change it at any time, so a
     * 412 (it changed since it was read) is answered as a user would, by reading it again and doing the task once more.
     */
    private ApiResponse act(DemoUser user, ApiResponse application, String template, Map<String, ?> values) {
        ApiResponse answer = client(user).submit(client(user).reload(application), template, values);
        if (answer.status() == 412) {
            answer = client(user).submit(client(user).reload(application), template, values);
        }
        assertThat(answer.status()).as(template + ": " + answer).isEqualTo(200);
        return answer;
    }

    private void refusedExpiryDate(ApiResponse draft, LocalDate past) {
        ApiResponse refused = client(APPLICANT_1).submit(draft, "change-expiry-date", Drafts.expiryDate(past));
        assertThat(refused.status()).as("a domain rule refuses an expiry date in the past: %s", refused).isEqualTo(422);
    }

    private String state(String application) {
        return client(APPLICANT_1).reload(applications.get(application)).text("state").orElseThrow();
    }

    private List<JsonNode> history(String application) {
        return client(APPLICANT_1).history(applications.get(application));
    }

    private static Instant at(List<JsonNode> history, String event) {
        return history.stream().filter(entry -> entry.path("event").asText().equals(event))
                .map(entry -> Instant.parse(entry.path("at").asText())).findFirst().orElse(null);
    }

    // --- Grafana and Prometheus

    /** A query of a panel of a dashboard (its uid). */
    private record DashboardQuery(String dashboard, String expression) {
    }

    /** Every query of both dashboards, by panel title and legend. */
    private static Map<String, DashboardQuery> dashboardQueries() throws IOException {
        Map<String, DashboardQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(GRAFANA)) {
            for (Path file : files.filter(json -> json.toString().endsWith(".json")).toList()) {
                JsonNode dashboard = JSON.readTree(file.toFile());
                dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target ->
                        assertThat(queries.put(panel.path("title").asText() + ": " + target.path("legendFormat").asText(),
                                new DashboardQuery(dashboard.path("uid").asText(), target.path("expr").asText())))
                                .as("panel titles and legends name one query each").isNull()));
            }
        }
        return queries;
    }

    private static Consumer<List<JsonNode>> one(long expected) {
        return series -> {
            assertThat(series).hasSize(1);
            assertThat(Math.round(value(series.get(0)))).isEqualTo(expected);
        };
    }

    private static Consumer<List<JsonNode>> ratio(double expected) {
        return series -> {
            assertThat(series).hasSize(1);
            assertThat(value(series.get(0))).isCloseTo(expected, within(0.001));
        };
    }

    /** The value the workload's decision at that rank takes lies in one bucket of the histogram: the estimate lies in it too. */
    private static Consumer<List<JsonNode>> inBucketOf(double seconds) {
        return series -> {
            assertThat(series).hasSize(1);
            double lower = 0;
            for (double upper : DECISION_BUCKETS) {
                if (seconds <= upper) {
                    assertThat(value(series.get(0))).isBetween(lower, upper);
                    return;
                }
                lower = upper;
            }
            throw new AssertionError("a decision took " + seconds + " s");
        };
    }

    private static Consumer<List<JsonNode>> byLabels(Map<String, Long> expected, String... labels) {
        return series -> {
            Map<String, Long> values = new TreeMap<>();
            series.forEach(one -> values.put(Stream.of(labels).map(label -> one.path("metric").path(label).asText()).collect(Collectors.joining(" ")),
                    Math.round(value(one))));
            assertThat(values).isEqualTo(new TreeMap<>(expected));
        };
    }

    /** Series whose label ends with each of these names, each with a positive value. */
    private static Consumer<List<JsonNode>> hasSeries(String label, String... positive) {
        return series -> {
            for (String name : positive) {
                assertThat(series).as("%s %s", label, name)
                        .anyMatch(one -> one.path("metric").path(label).asText().endsWith(name) && value(one) > 0);
            }
        };
    }

    private static Consumer<List<JsonNode>> allPositive() {
        return series -> assertThat(series).isNotEmpty().allSatisfy(one -> assertThat(value(one)).isPositive());
    }

    /** Some series with a positive value (a resource not asked for within the rate's window has none). */
    private static Consumer<List<JsonNode>> somePositive() {
        return series -> assertThat(series).anyMatch(one -> value(one) > 0);
    }

    private static Consumer<List<JsonNode>> allZero() {
        return series -> assertThat(series).isNotEmpty().allSatisfy(one -> assertThat(value(one)).isZero());
    }

    private static Consumer<List<JsonNode>> notEmpty() {
        return series -> assertThat(series).isNotEmpty().allSatisfy(one -> assertThat(value(one)).isNotNaN());
    }

    private static double value(JsonNode series) {
        return Double.parseDouble(series.path("value").path(1).asText());
    }

    private static Process startPrometheus(URI system, URI prometheus, Path dir) throws IOException {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                scrape_configs:
                  - job_name: lc
                    metrics_path: /actuator/prometheus
                    basic_auth: {username: operator, password: operator}
                    static_configs:
                      - targets: ['%s']
                """.formatted(system.getAuthority()));
        return new ProcessBuilder(RequiredTools.PROMETHEUS.toString(), "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("tsdb"),
                "--web.listen-address=" + prometheus.getAuthority())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("prometheus.log").toFile())
                .start();
    }

    /** The series an instant query returns at that time; fails on anything but a successful evaluation. */
    private List<JsonNode> query(String promql, Instant at) throws Exception {
        JsonNode body = JSON.readTree(get(prometheusUri, "api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)
                + "&time=" + at.toEpochMilli() / 1000.0));
        assertThat(body.path("status").asText()).as("%s -> %s", promql, body).isEqualTo("success");
        List<JsonNode> series = new ArrayList<>();
        body.path("data").path("result").forEach(series::add);
        return series;
    }

    // --- Kibana and Elasticsearch

    private List<JsonNode> logLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir.resolve("logs"))) {
            for (Path file : files.filter(log -> log.toString().endsWith(".json")).toList()) {
                // the system still writes: a last line without its end is not a line yet
                for (String line : Files.readAllLines(file)) {
                    if (line.endsWith("}")) {
                        lines.add(JSON.readTree(line));
                    }
                }
            }
        }
        return lines;
    }

    private static List<JsonNode> savedObjects() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(KIBANA.resolve("lc-saved-objects.ndjson"))) {
            objects.add(JSON.readTree(line));
        }
        return objects;
    }

    /** Each saved search's Lucene query, by its id. */
    private static Map<String, String> savedSearches() throws IOException {
        Map<String, String> searches = new TreeMap<>();
        for (JsonNode object : savedObjects()) {
            if (object.path("type").asText().equals("search")) {
                JsonNode query = JSON.readTree(object.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON").asText()).path("query");
                assertThat(query.path("language").asText()).as("a query Elasticsearch runs itself").isEqualTo("lucene");
                searches.put(object.path("id").asText(), query.path("query").asText());
            }
        }
        return searches;
    }

    /** The messages of the lines a Lucene query finds, with a filter on one field's value as Kibana adds it, if any. */
    private static List<String> search(URI node, String lucene, String field, String value) throws Exception {
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", List.of(Map.of("query_string", Map.of("query", lucene))));
        if (field != null) {
            bool.put("filter", List.of(Map.of("match_phrase", Map.of(field, value))));
        }
        String request = JSON.writeValueAsString(Map.of("size", 10_000, "query", Map.of("bool", bool)));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.resolve("/lc-logs-*/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s -> %s", lucene, response.body()).isEqualTo(200);
        List<String> messages = new ArrayList<>();
        JSON.readTree(response.body()).path("hits").path("hits").forEach(hit -> messages.add(hit.path("_source").path("message").asText()));
        return messages;
    }

    private static List<String> messages(List<JsonNode> lines, Predicate<JsonNode> which) {
        return lines.stream().filter(which).map(line -> line.path("message").asText()).toList();
    }

    private static int send(URI node, String method, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.resolve("/" + path))
                .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("\"errors\":true");
        return response.statusCode();
    }

    private static String get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path : "/" + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}

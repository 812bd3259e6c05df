package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Grafana dashboard shows real series: every query of every panel, evaluated by a real Prometheus
 * (Debian's, installed by {@code bin/install-test-tools}) that scrapes the running system, is valid
 * PromQL and returns data. A renamed metric or label fails here, not silently on a dashboard.
 */
@ExtendWith(SharedStandaloneSystem.class)
class DashboardQueriesIT {

    private static final Path DASHBOARD = Path.of("../observability/grafana/dashboards/lc-application-processing.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void prometheusInstalled() {
        RequiredTools.require(RequiredTools.PROMETHEUS);
    }

    @Test
    void every_dashboard_query_returns_series_from_the_running_system(StandaloneSystem system, @TempDir Path prometheusDir) throws Exception {
        HypermediaClient applicant = HypermediaClient.as(DemoUser.APPLICANT_1, system.root());
        ApiResponse started = applicant.submit(applicant.root(), "start", Map.of("clientReference", "DASHBOARD-1"));
        assertThat(started.status()).isEqualTo(201);

        URI prometheus = URI.create("http://127.0.0.1:" + freePort() + "/");
        Process process = startPrometheus(system.root(), prometheus, prometheusDir);
        try {
            // rate() over 1m needs two scrapes of each series
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> !query(prometheus, "count_over_time(up[1m]) >= 3").isEmpty());
            List<String> queries = dashboardQueries();
            assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
            for (String query : queries) {
                await(query).atMost(Duration.ofSeconds(30)).until(() -> !query(prometheus, query).isEmpty());
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static List<String> dashboardQueries() throws IOException {
        List<String> queries = new ArrayList<>();
        JSON.readTree(DASHBOARD.toFile()).path("panels")
                .forEach(panel -> panel.path("targets").forEach(target -> queries.add(target.path("expr").asText())));
        return queries;
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

    /** The series an instant query returns; fails on anything but a successful evaluation. */
    private static List<JsonNode> query(URI prometheus, String promql) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                prometheus.resolve("api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asText()).as("%s -> %s", promql, response.body()).isEqualTo("success");
        List<JsonNode> series = new ArrayList<>();
        body.path("data").path("result").forEach(series::add);
        return series;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

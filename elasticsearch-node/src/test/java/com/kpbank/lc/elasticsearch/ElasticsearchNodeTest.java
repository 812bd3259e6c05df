package com.kpbank.lc.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

// each test starts its own nodes in its own directory: side by side, the module's tests take the time of the longer one
@Execution(ExecutionMode.CONCURRENT)
class ElasticsearchNodeTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void findsIndexedDocumentsByFuzzyMatchAlsoAfterARestartOnTheSameDirectory(@TempDir Path directory)
            throws Exception {
        try (ElasticsearchNode node = timedStart(ElasticsearchNode.builder(directory))) {
            assertThat(node.httpUri().toString()).isEqualTo("http://127.0.0.1:" + node.httpPort());
            assertThat(send(node, "PUT", "/letters", """
                    {"settings": {"number_of_replicas": 0},
                     "mappings": {"dynamic": "strict", "properties": {
                       "reference": {"type": "keyword"},
                       "goods": {"type": "text"}}}}""").statusCode()).isEqualTo(200);
            assertThat(send(node, "PUT", "/letters/_doc/LC-1?refresh=true", """
                    {"reference": "LC-1", "goods": "hot rolled steel coils"}""").statusCode()).isEqualTo(201);

            assertThat(fuzzySearch(node, "stell")).containsExactly("LC-1");
            assertThat(fuzzySearch(node, "copper")).isEmpty();
        }

        try (ElasticsearchNode node = timedStart(ElasticsearchNode.builder(directory))) {
            assertThat(fuzzySearch(node, "stell")).containsExactly("LC-1");
        }
    }

    @Test
    void failsWithTheNodesOwnErrorWhenItsPortIsTaken(@TempDir Path directory) throws Exception {
        Duration timeout = Duration.ofSeconds(120);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> ElasticsearchNode.builder(directory)
                    .httpPort(taken.getLocalPort())
                    .startTimeout(timeout)
                    .start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with code 1 before it was ready")
                    .hasMessageContaining("Failed to bind to 127.0.0.1:" + taken.getLocalPort());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(timeout);
        }
    }

    private static ElasticsearchNode timedStart(ElasticsearchNode.Builder builder) {
        long started = System.nanoTime();
        ElasticsearchNode node = builder.start();
        System.out.printf("Elasticsearch node started in %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return node;
    }

    private List<String> fuzzySearch(ElasticsearchNode node, String goods) throws Exception {
        HttpResponse<String> response = send(node, "POST", "/letters/_search", """
                {"query": {"match": {"goods": {"query": "%s", "fuzziness": "AUTO"}}}}""".formatted(goods));
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.hits.hits[*]._id");
    }

    private HttpResponse<String> send(ElasticsearchNode node, String method, String path, String json)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(node.httpUri().resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

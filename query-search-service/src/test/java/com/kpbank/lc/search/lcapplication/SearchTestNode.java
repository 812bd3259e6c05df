package com.kpbank.lc.search.lcapplication;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.elasticsearch.ElasticsearchNode;
import com.kpbank.lc.search.index.SearchElasticsearchConfiguration;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one real Elasticsearch node of a test JVM, started in a temporary directory on first use and
 * stopped when the JVM ends, with a client mapping JSON as the search read model does.
 */
final class SearchTestNode {

    private static ElasticsearchNode node;
    private static ElasticsearchClient client;

    private SearchTestNode() {
    }

    static synchronized URI uri() {
        if (node == null) {
            try {
                node = ElasticsearchNode.start(Files.createTempDirectory("lc-search-test-node"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            client = new ElasticsearchClient(SearchElasticsearchConfiguration.transport(RestClient.builder(HttpHost.create(node.httpUri().toString())).build()));
        }
        return node.httpUri();
    }

    static synchronized ElasticsearchClient client() {
        uri();
        return client;
    }

    /** A temporary directory for the event store and tokens of a test application. */
    static Path dataDirectory() {
        try {
            return Files.createTempDirectory("lc-search-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of an index (or alias), refreshed first, by application id. */
    static List<ObjectNode> documents(String index) throws IOException {
        client().indices().refresh(refresh -> refresh.index(index));
        return client().search(search -> search.index(index).size(10_000)
                        .sort(sort -> sort.field(field -> field.field(LCApplicationDocument.ID).order(SortOrder.Asc))), ObjectNode.class)
                .hits().hits().stream().map(hit -> hit.source()).toList();
    }
}

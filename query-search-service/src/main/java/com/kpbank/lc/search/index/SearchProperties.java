package com.kpbank.lc.search.index;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * Settings of the search read model, with defaults here rather than in {@code application.yml} so that
 * the one-JVM composition gets them too.
 *
 * @param elasticsearch where the Elasticsearch node listens
 * @param batchSize     events per batch of the {@code lc-search} processor, so per bulk request
 */
@Validated
@ConfigurationProperties("lc.search")
public record SearchProperties(@Valid Elasticsearch elasticsearch, @Positive Integer batchSize) {

    public SearchProperties {
        elasticsearch = elasticsearch == null ? new Elasticsearch(null) : elasticsearch;
        batchSize = batchSize == null ? 500 : batchSize;
    }

    /** @param uri base URI of the node's REST API (env {@code LC_SEARCH_ELASTICSEARCH_URI}) */
    public record Elasticsearch(@NotNull URI uri) {

        public Elasticsearch {
            uri = uri == null ? URI.create("http://127.0.0.1:9200") : uri;
        }
    }
}

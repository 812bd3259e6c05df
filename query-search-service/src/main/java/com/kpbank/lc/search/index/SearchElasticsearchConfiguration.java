package com.kpbank.lc.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.kpbank.lc.api.json.LcJson;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client of the search read model. Its JSON mapping is the published language's
 * ({@link LcJson}), so documents hold value objects exactly as messages do. The low-level client, the
 * transport and the client are beans of their own so that Spring Boot's Elasticsearch auto-configuration
 * (and its health indicator) uses this node rather than its default one.
 */
@Configuration
@EnableConfigurationProperties(SearchProperties.class)
public class SearchElasticsearchConfiguration {

    @Bean
    public SearchElasticsearchEndpoint searchElasticsearchEndpoint(SearchProperties properties) {
        return () -> properties.elasticsearch().uri();
    }

    @Bean(destroyMethod = "close")
    public RestClient searchRestClient(SearchElasticsearchEndpoint endpoint) {
        return RestClient.builder(HttpHost.create(endpoint.uri().toString())).build();
    }

    @Bean
    public ElasticsearchTransport searchElasticsearchTransport(RestClient searchRestClient) {
        return transport(searchRestClient);
    }

    @Bean
    public ElasticsearchClient searchElasticsearchClient(ElasticsearchTransport searchElasticsearchTransport) {
        return new ElasticsearchClient(searchElasticsearchTransport);
    }

    /** A transport over that low-level client mapping JSON with {@link LcJson}; closing it closes the client. */
    public static ElasticsearchTransport transport(RestClient restClient) {
        return new RestClientTransport(restClient, new JacksonJsonpMapper(LcJson.objectMapper()));
    }
}

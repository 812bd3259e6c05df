package com.kpbank.lc.standalone.search;

import com.kpbank.lc.elasticsearch.ElasticsearchNode;
import com.kpbank.lc.search.index.SearchElasticsearchEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;


/**
 * The search store of the one-JVM composition: a real Elasticsearch node in a JVM of its own, keeping
 * its data in {@code <lc.data-dir>/elasticsearch}, on 127.0.0.1 and {@code lc.search.node-port} (a free
 * port by default), launched while the rest of the composition starts. As the primary
 * {@link SearchElasticsearchEndpoint} it is what the search read model's client connects to, so it has
 * started before that client is created; it stops after the client, when the application shuts down.
 * Told where a node already runs ({@code lc.search.elasticsearch.uri}), the composition uses that one and starts none:
 * so do several instances of the composition sharing one read model.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${lc.search.elasticsearch.uri:}'.isEmpty()")
public class StandaloneSearchNodeConfiguration {

    /** Launches the node before any other bean is created (see {@link SearchNodeLaunch}). */
    @Bean
    static SearchNodeLaunch standaloneSearchNodeLaunch(Environment environment) {
        return new SearchNodeLaunch(environment);
    }

    @Bean(destroyMethod = "close")
    public ElasticsearchNode standaloneSearchNode(SearchNodeLaunch standaloneSearchNodeLaunch) {
        return standaloneSearchNodeLaunch.await();
    }

    @Bean
    @Primary
    public SearchElasticsearchEndpoint standaloneSearchEndpoint(ElasticsearchNode standaloneSearchNode) {
        return standaloneSearchNode::httpUri;
    }
}

package com.kpbank.lc.search.index;

import java.net.URI;

/**
 * Where the search read model finds its Elasticsearch node. The service reads it from
 * {@link SearchProperties}; a composition that starts a node itself provides a {@code @Primary} bean
 * of this type answering that node's address.
 */
@FunctionalInterface
public interface SearchElasticsearchEndpoint {

    URI uri();
}

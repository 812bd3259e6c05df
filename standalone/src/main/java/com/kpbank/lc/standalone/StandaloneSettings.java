package com.kpbank.lc.standalone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the one-JVM composition keeps its embedded stores.
 *
 * @param dataDir   the directory of all its data (the platform's {@code lc.data-dir})
 * @param search    its Elasticsearch node
 * @param analytics its Mongo-protocol store
 */
@ConfigurationProperties("lc")
public record StandaloneSettings(Path dataDir, @DefaultValue Search search, @DefaultValue Analytics analytics) {

    /** @param nodePort the node's HTTP port on 127.0.0.1; 0 for a free one */
    public record Search(@DefaultValue("0") int nodePort) {
    }

    /** @param storePort the store's port on 127.0.0.1; 0 for a free one */
    public record Analytics(@DefaultValue("0") int storePort) {
    }
}

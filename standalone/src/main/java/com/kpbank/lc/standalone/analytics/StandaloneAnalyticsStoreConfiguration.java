package com.kpbank.lc.standalone.analytics;

import com.kpbank.lc.analytics.store.EmbeddedMongoServer;
import com.kpbank.lc.standalone.StandaloneSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * The analytics store of the one-JVM composition: an embedded Mongo-protocol server keeping its data
 * in {@code <lc.data-dir>/analytics/analytics.mv}, on 127.0.0.1 and {@code lc.analytics.store-port}
 * (a free port by default). Being Spring Boot's {@code MongoConnectionDetails}, it is what the Mongo
 * client connects to, so it starts before the client is created.
 */
@Configuration(proxyBeanMethods = false)
public class StandaloneAnalyticsStoreConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedMongoServer standaloneAnalyticsStore(StandaloneSettings settings) {
        return EmbeddedMongoServer.start(settings.dataDir().resolve("analytics").resolve("analytics.mv"), settings.analytics().storePort());
    }
}

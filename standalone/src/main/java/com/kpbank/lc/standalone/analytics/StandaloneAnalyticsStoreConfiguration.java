package com.kpbank.lc.standalone.analytics;

import com.kpbank.lc.analytics.store.EmbeddedMongoServer;
import com.kpbank.lc.standalone.StandaloneSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * The analytics store of the one-JVM composition: an embedded Mongo-protocol server keeping its data
 * in {@code <lc.data-dir>/analytics/analytics.mv}, on 127.0.0.1 and {@code lc.analytics.store-port}
 * (a free port by default). Being Spring Boot's {@code MongoConnectionDetails}, it is what the Mongo
 * client connects to, so it starts before the client is created.
 * Told where a Mongo-protocol store already runs ({@code spring.data.mongodb.uri}), the composition uses that one
 * and starts none: so do several instances of the composition sharing one read model.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isEmpty()")
public class StandaloneAnalyticsStoreConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedMongoServer standaloneAnalyticsStore(StandaloneSettings settings) {
        return EmbeddedMongoServer.start(settings.dataDir().resolve("analytics").resolve("analytics.mv"), settings.analytics().storePort());
    }
}

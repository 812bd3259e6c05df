package com.kpbank.lc.analytics;

import com.kpbank.lc.analytics.store.EmbeddedMongoServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.nio.file.Files;

/** A fresh embedded analytics store per application context, in a temporary folder. */
@TestConfiguration(proxyBeanMethods = false)
public class AnalyticsTestStore {

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer analyticsTestMongo() throws IOException {
        return EmbeddedMongoServer.start(Files.createTempDirectory("lc-analytics-test").resolve("analytics.mv"), 0);
    }
}

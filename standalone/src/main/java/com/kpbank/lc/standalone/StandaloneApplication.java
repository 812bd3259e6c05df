package com.kpbank.lc.standalone;

import com.kpbank.lc.analytics.AnalyticsServiceApplication;
import com.kpbank.lc.command.CommandServiceApplication;
import com.kpbank.lc.gateway.GatewayApplication;
import com.kpbank.lc.platform.ServiceLauncher;
import com.kpbank.lc.saga.SagaServiceApplication;
import com.kpbank.lc.search.SearchServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The whole system in one JVM: the five services below, each with exactly the configuration it has when
 * it runs alone (its application class, which scans its own package), on local Axon buses, a durable
 * embedded event store and embedded read-model stores, all data in one directory ({@code lc.data-dir}).
 * This package adds only what the composition itself needs: its Elasticsearch node, its Mongo-protocol
 * store and its start-up banner.
 */
@SpringBootApplication
@EnableConfigurationProperties(StandaloneSettings.class)
@Import({
        CommandServiceApplication.class,
        SearchServiceApplication.class,
        AnalyticsServiceApplication.class,
        SagaServiceApplication.class,
        GatewayApplication.class})
public class StandaloneApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(StandaloneApplication.class, args);
    }
}

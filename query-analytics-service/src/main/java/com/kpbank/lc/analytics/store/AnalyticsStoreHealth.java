package com.kpbank.lc.analytics.store;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the analytics store answers, asked with {@code ping}, which every Mongo-protocol server
 * understands. It takes the place of Spring Boot's Mongo health indicator (hence its bean name), which
 * asks {@code hello} and reads its {@code maxWireVersion}: the embedded store does not answer that, and
 * the system would report itself DOWN while it serves.
 */
@Component("mongoHealthIndicator")
class AnalyticsStoreHealth extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoDatabaseFactory mongo;

    AnalyticsStoreHealth(MongoDatabaseFactory mongo) {
        super("the analytics store does not answer");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getMongoDatabase().runCommand(PING);
        builder.up();
    }
}

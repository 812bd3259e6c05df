package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.platform.projection.RebuildableReadModel;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where the LC facts live: one collection of {@link ApplicationFacts} per generation
 * ({@code lc_facts_<generation>}), and a pointer document naming the live generation and the one in
 * build. Queries read the live collection; the projection writes into the one in build while a
 * rebuild runs, else into the live one. Switching is one update of the pointer document, which is
 * atomic in every MongoDB (the embedded store has no transactions, and needs none for this).
 * <p>
 * The previous generation is not dropped at the switch, as queries that began before it may still be
 * reading it: it is kept as the retired generation and dropped when the next rebuild begins.
 * <p>
 * The pointer is read at start-up and kept in memory: one instance of the analytics service projects
 * and answers at a time.
 */
@Component
public class AnalyticsReadModel implements RebuildableReadModel {

    /** The read model's name: its event processor and processing group. */
    public static final String NAME = "lc-analytics";
    static final String GENERATIONS = "lc_analytics_generations";
    static final String FACTS = "lc_facts_";
    private static final String FIRST_GENERATION = "g0";
    private static final String LIVE = "live";
    private static final String BUILDING = "building";
    private static final String RETIRED = "retired";

    private final MongoDatabase database;
    private volatile Document pointer;

    public AnalyticsReadModel(MongoDatabaseFactory mongo) {
        this.database = mongo.getMongoDatabase();
        generations().updateOne(Filters.eq("_id", NAME), Updates.setOnInsert(LIVE, FIRST_GENERATION), new UpdateOptions().upsert(true));
        this.pointer = readPointer();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String liveGeneration() {
        return pointer.getString(LIVE);
    }

    @Override
    public Optional<String> generationInBuild() {
        return Optional.ofNullable(pointer.getString(BUILDING));
    }

    @Override
    public void prepareGeneration(String generation) {
        Optional.ofNullable(pointer.getString(RETIRED)).ifPresent(retired -> facts(retired).drop());
        facts(generation).drop();
        generations().updateOne(Filters.eq("_id", NAME), Updates.set(BUILDING, generation));
        pointer = readPointer();
    }

    @Override
    public void switchToGeneration(String generation) {
        String previous = liveGeneration();
        generations().updateOne(Filters.eq("_id", NAME),
                Updates.combine(Updates.set(LIVE, generation), Updates.set(RETIRED, previous), Updates.unset(BUILDING)));
        pointer = readPointer();
    }

    /** The facts queries read. */
    MongoCollection<Document> liveFacts() {
        return facts(liveGeneration());
    }

    /** The facts the projection writes into: the generation in build, if any, else the live one. */
    MongoCollection<Document> factsToWrite() {
        return facts(generationInBuild().orElseGet(this::liveGeneration));
    }

    private MongoCollection<Document> facts(String generation) {
        return database.getCollection(FACTS + generation);
    }

    private MongoCollection<Document> generations() {
        return database.getCollection(GENERATIONS);
    }

    private Document readPointer() {
        return generations().find(Filters.eq("_id", NAME)).first();
    }
}

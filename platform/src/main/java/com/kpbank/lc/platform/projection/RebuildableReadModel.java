package com.kpbank.lc.platform.projection;

import java.util.Optional;

/**
 * A read model that can be rebuilt from the event history while it keeps answering queries: the SPI
 * each read model implements for {@link ReadModelRebuilds}.
 * <p>
 * The read model's data lives in <em>generations</em> (a MongoDB collection, an Elasticsearch index
 * behind an alias...). Queries always read the live generation. Its projection writes into the
 * generation in build while there is one, else into the live one. A rebuild goes:
 * {@link #prepareGeneration} (an empty generation to write into, while the processor is stopped), a
 * replay of every event into it, then {@link #switchToGeneration} (queries read it; the old one is dropped later).
 * Both steps must be durable, so that a rebuild survives a restart of the service.
 * <p>
 * The projection must be idempotent: a replayed or redelivered event leaves the read model as it was.
 */
public interface RebuildableReadModel {

    /** The read model's name, which is also the name of its event processor and processing group, e.g. {@code lc-analytics}. */
    String name();

    /** The generation queries read. */
    String liveGeneration();

    /** The generation being built by a rebuild, if one runs. */
    Optional<String> generationInBuild();

    /**
     * Creates an empty generation and makes the projection write into it from now on; queries go on
     * reading the live one. Called while the processor is stopped.
     */
    void prepareGeneration(String generation);

    /**
     * Makes that generation the live one, atomically for queries. The previous one goes once no query
     * can be reading it any more (e.g. when the next rebuild prepares its generation).
     */
    void switchToGeneration(String generation);
}

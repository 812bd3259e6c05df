package com.kpbank.lc.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.platform.projection.RebuildableReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Where the search read model lives: generations of an index ({@code lc-applications-<generation>}),
 * the live one behind the alias {@value #ALIAS} that every query reads, and the one a rebuild fills
 * behind the alias {@value #BUILD_ALIAS}. Both aliases are kept by Elasticsearch itself, so a rebuild
 * survives a restart of the service, and switching generations is one atomic alias update. The
 * generation switched from stays, behind {@value #RETIRED_ALIAS}, for the queries still reading it,
 * until the next rebuild prepares its generation.
 * <p>
 * Every generation is created with the explicit mapping {@code lc-applications-index.json}: one document
 * per LC application holding every field of the {@code LCApplicationView}, using core Elasticsearch
 * features only (standard analyzer, keyword, numbers, dates).
 */
@Component
public class SearchReadModel implements RebuildableReadModel {

    /** The read model's name, its event processor's and its processing group's. */
    public static final String NAME = "lc-search";
    /** The alias queries read. */
    public static final String ALIAS = "lc-applications";
    /** The alias of the generation a rebuild fills. */
    static final String BUILD_ALIAS = ALIAS + "-build";
    /** The alias of generations switched from, dropped by the next rebuild. */
    static final String RETIRED_ALIAS = ALIAS + "-retired";
    private static final String FIRST_GENERATION = "g0";
    private static final String MAPPING = "lc-applications-index.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(SearchReadModel.class);

    private final ElasticsearchClient client;
    private volatile String liveIndex;
    private volatile String buildIndex;

    public SearchReadModel(ElasticsearchClient searchElasticsearchClient) {
        this.client = searchElasticsearchClient;
        try {
            liveIndex = aliasedIndex(ALIAS).orElse(null);
            if (liveIndex == null) {
                liveIndex = indexName(FIRST_GENERATION);
                createIndex(client, liveIndex, ALIAS);
                log.info("Search read model created its first generation {}", liveIndex);
            } else {
                addNewFields(client, liveIndex);
            }
            buildIndex = aliasedIndex(BUILD_ALIAS).orElse(null);
            if (buildIndex != null) {
                addNewFields(client, buildIndex);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach Elasticsearch for the search read model: " + e.getMessage(), e);
        }
    }

    /** Creates an empty index with the read model's mapping, behind {@code alias}. */
    public static void createIndex(ElasticsearchClient client, String index, String alias) throws IOException {
        try (InputStream mapping = SearchReadModel.class.getResourceAsStream(MAPPING)) {
            client.indices().create(create -> create.index(index).withJson(mapping).aliases(alias, a -> a));
        }
    }

    /**
     * Brings an index created by an earlier version up to the mapping's fields: Elasticsearch adds new fields to a
     * live mapping (a new event revision's field, say) and refuses changed ones, which then need a rebuild.
     */
    private static void addNewFields(ElasticsearchClient client, String index) throws IOException {
        try (InputStream file = SearchReadModel.class.getResourceAsStream(MAPPING)) {
            byte[] mappings = JSON.writeValueAsBytes(JSON.readTree(file).path("mappings"));
            client.indices().putMapping(put -> put.index(index).withJson(new ByteArrayInputStream(mappings)));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String liveGeneration() {
        return generation(liveIndex);
    }

    @Override
    public Optional<String> generationInBuild() {
        return Optional.ofNullable(buildIndex).map(SearchReadModel::generation);
    }

    /** Where the projection writes: the generation in build while a rebuild runs, else the live one. */
    public WriteTarget writeTarget() {
        String building = buildIndex;
        return building != null ? new WriteTarget(building, false) : new WriteTarget(liveIndex, true);
    }

    @Override
    public void prepareGeneration(String generation) {
        String index = indexName(generation);
        try {
            for (String retired : aliasedIndices(RETIRED_ALIAS)) {
                client.indices().delete(delete -> delete.index(retired));
            }
            createIndex(client, index, BUILD_ALIAS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create search index " + index + ": " + e.getMessage(), e);
        }
        buildIndex = index;
        log.info("Search read model builds generation {} while {} answers queries", index, liveIndex);
    }

    @Override
    public void switchToGeneration(String generation) {
        String next = indexName(generation);
        String previous = liveIndex;
        try {
            client.indices().refresh(refresh -> refresh.index(next));
            client.indices().updateAliases(update -> update
                    .actions(action -> action.remove(remove -> remove.index(previous).alias(ALIAS)))
                    .actions(action -> action.remove(remove -> remove.index(next).alias(BUILD_ALIAS)))
                    .actions(action -> action.add(add -> add.index(next).alias(ALIAS)))
                    .actions(action -> action.add(add -> add.index(previous).alias(RETIRED_ALIAS))));
            liveIndex = next;
            buildIndex = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch the search read model to " + next + ": " + e.getMessage(), e);
        }
        log.info("Search read model switched queries from {} to {}", previous, next);
    }

    private Optional<String> aliasedIndex(String alias) throws IOException {
        return aliasedIndices(alias).stream().findFirst();
    }

    private Set<String> aliasedIndices(String alias) throws IOException {
        if (!client.indices().existsAlias(exists -> exists.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(get -> get.name(alias)).result().keySet();
    }

    private static String indexName(String generation) {
        return ALIAS + "-" + generation;
    }

    private static String generation(String index) {
        return index.substring(ALIAS.length() + 1);
    }

    /**
     * An index the projection writes into.
     *
     * @param live whether queries read it, so that writes must become visible at once (read-your-writes)
     */
    public record WriteTarget(String index, boolean live) {
    }
}

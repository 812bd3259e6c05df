package com.kpbank.lc.search.lcapplication;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.platform.projection.RefusedWrites;
import com.kpbank.lc.search.index.SearchReadModel.WriteTarget;
import io.opentelemetry.context.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The changes one batch of events makes to the search documents, written in two round trips: one
 * multi-get of the documents of the applications concerned, one bulk request of those that changed.
 * <p>
 * Order-safe and idempotent: an application's changes are applied in sequence order, skipping those
 * at or below the stored document's version, and each document is written with its new version as
 * Elasticsearch's <em>external</em> version, so a write older than the stored document (a redelivery,
 * a concurrent replay) is refused by Elasticsearch itself and counts as already applied.
 * <p>
 * Writes into the live generation are refreshed before {@link #write} returns, and only then is each
 * new view handed to {@code published}: whoever learns of a version can read it. Writes into a
 * generation in build publish nothing (no query reads it yet), so no view is made of them. A view is handed
 * on in the trace context of the latest event it shows, so that the query update it becomes belongs to the
 * trace of the action that caused it (the batch is written after its events' spans have ended).
 * <p>
 * What the store refuses for one application — its document cannot be read, built or indexed — does not
 * hold up the others: the rest is written, and the batch is then failed through {@link RefusedWrites}, so
 * that the refused application's events are parked when the processor hands the batch again. A failure
 * of the store as a whole fails the batch, to be retried.
 */
final class SearchBatch {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    private final ElasticsearchClient client;
    private final WriteTarget target;
    private final Consumer<LCApplicationView> published;
    private final RefusedWrites refusedWrites;
    private final Map<String, List<LCApplicationChange>> changes = new LinkedHashMap<>();
    private final Map<String, TracedChange> latest = new HashMap<>();
    private final Map<String, String> refused = new LinkedHashMap<>();

    SearchBatch(ElasticsearchClient client, WriteTarget target, Consumer<LCApplicationView> published, RefusedWrites refusedWrites) {
        this.client = client;
        this.target = target;
        this.published = published;
        this.refusedWrites = refusedWrites;
    }

    void add(LCApplicationChange change) {
        changes.computeIfAbsent(change.lcApplicationId(), id -> new ArrayList<>()).add(change);
        latest.merge(change.lcApplicationId(), new TracedChange(change.sequence(), Context.current()),
                (held, added) -> added.sequence() > held.sequence() ? added : held);
    }

    /** The trace context in which the latest change of an application was recorded. */
    private record TracedChange(long sequence, Context trace) {
    }

    /** Writes the batch: what the store refuses for an application is refused through {@link RefusedWrites}. */
    void write() {
        if (changes.isEmpty()) {
            return;
        }
        try {
            Map<String, LCApplicationDocument> written = changedDocuments(stored());
            if (!written.isEmpty()) {
                Set<String> alreadyApplied = bulkIndex(written);
                written.forEach((id, document) -> {
                    if (target.live() && !alreadyApplied.contains(id) && !refused.containsKey(id)) {
                        latest.get(id).trace().wrap(() -> published.accept(document.toView())).run();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + changes.size() + " search documents to " + target.index() + ": " + e.getMessage(), e);
        }
        if (!refused.isEmpty()) {
            throw refusedWrites.refuse(refused);
        }
    }

    private Map<String, LCApplicationDocument> stored() throws IOException {
        Map<String, LCApplicationDocument> stored = new HashMap<>();
        for (MultiGetResponseItem<ObjectNode> item : client.mget(get -> get.index(target.index()).ids(List.copyOf(changes.keySet())), ObjectNode.class).docs()) {
            if (item.isFailure()) {
                refused.put(item.failure().id(), "its document cannot be read: " + item.failure().error().reason());
            } else if (item.result().found()) {
                try {
                    stored.put(item.result().id(), LCApplicationDocument.of(item.result().source()));
                } catch (RuntimeException unreadable) {
                    refused.put(item.result().id(), "its document cannot be read: " + unreadable);
                }
            }
        }
        return stored;
    }

    private Map<String, LCApplicationDocument> changedDocuments(Map<String, LCApplicationDocument> stored) {
        Map<String, LCApplicationDocument> changed = new LinkedHashMap<>();
        changes.forEach((id, applicationChanges) -> {
            if (refused.containsKey(id)) {
                return;
            }
            try {
                LCApplicationDocument document = stored.getOrDefault(id, LCApplicationDocument.empty(id));
                boolean anyApplied = false;
                for (LCApplicationChange change : applicationChanges.stream().sorted(Comparator.comparingLong(LCApplicationChange::sequence)).toList()) {
                    anyApplied |= document.apply(change);
                }
                if (anyApplied) {
                    changed.put(id, document);
                }
            } catch (RuntimeException unbuildable) {
                refused.put(id, "its document cannot be built: " + unbuildable);
            }
        });
        return changed;
    }

    /** Indexes the documents; answers the ids Elasticsearch already held at that version or a later one. */
    private Set<String> bulkIndex(Map<String, LCApplicationDocument> documents) throws IOException {
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        documents.forEach((id, document) -> operations.add(BulkOperation.of(operation -> operation.index(index -> index
                .id(id).document(document.fields()).version(document.version()).versionType(VersionType.External)))));
        BulkResponse response = client.bulk(bulk -> bulk.index(target.index()).operations(operations)
                .refresh(target.live() ? Refresh.True : Refresh.False));
        Set<String> alreadyApplied = new HashSet<>();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    continue;
                }
                if (VERSION_CONFLICT.equals(item.error().type())) {
                    alreadyApplied.add(item.id());
                } else {
                    refused.put(item.id(), "Elasticsearch refused its document in " + target.index() + ": " + item.error().reason());
                }
            }
        }
        return alreadyApplied;
    }
}

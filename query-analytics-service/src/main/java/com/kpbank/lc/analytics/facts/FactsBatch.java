package com.kpbank.lc.analytics.facts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The changes one batch of events makes to the facts, written in two round trips when the batch
 * commits: one read of the documents of the applications concerned, one unordered bulk write of those
 * that changed. An application's events are handled by one processor segment at a time, so nobody
 * else writes its document meanwhile.
 */
final class FactsBatch {

    private final MongoCollection<Document> facts;
    private final Map<String, List<UnaryOperator<ApplicationFacts>>> changes = new LinkedHashMap<>();

    FactsBatch(MongoCollection<Document> facts) {
        this.facts = facts;
    }

    void change(String applicationId, UnaryOperator<ApplicationFacts> change) {
        changes.computeIfAbsent(applicationId, id -> new ArrayList<>()).add(change);
    }

    void write() {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, ApplicationFacts> stored = new HashMap<>();
        facts.find(Filters.in(ApplicationFacts.ID, changes.keySet()))
                .forEach(document -> stored.put(document.getString(ApplicationFacts.ID), ApplicationFacts.of(document)));
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        changes.forEach((id, applicationChanges) -> {
            ApplicationFacts before = stored.getOrDefault(id, ApplicationFacts.unknown(id));
            ApplicationFacts after = before;
            for (UnaryOperator<ApplicationFacts> change : applicationChanges) {
                after = change.apply(after);
            }
            if (!after.equals(before)) {
                writes.add(new ReplaceOneModel<>(Filters.eq(ApplicationFacts.ID, id), after.toDocument(), new ReplaceOptions().upsert(true)));
            }
        });
        if (!writes.isEmpty()) {
            facts.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}

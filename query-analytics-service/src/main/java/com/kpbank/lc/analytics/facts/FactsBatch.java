package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.platform.projection.RefusedWrites;
import com.mongodb.MongoBulkWriteException;
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
 * <p>
 * What the store refuses for one application — its document cannot be read, built or written — does not
 * hold up the others: the rest is written, and the batch is then failed through {@link RefusedWrites}, so
 * that the refused application's events are parked when the processor hands the batch again (the facts
 * are idempotent, so writing the others again changes nothing). What the written facts gained is counted in the
 * {@link LCBusinessMetrics} once they are stored, leaving out what the batch's replayed events rebuilt.
 */
final class FactsBatch {

    private final MongoCollection<Document> facts;
    private final RefusedWrites refusedWrites;
    private final LCBusinessMetrics metrics;
    private final Map<String, List<Change>> changes = new LinkedHashMap<>();

    FactsBatch(MongoCollection<Document> facts, RefusedWrites refusedWrites, LCBusinessMetrics metrics) {
        this.facts = facts;
        this.refusedWrites = refusedWrites;
        this.metrics = metrics;
    }

    /** Records a change of an application's facts, made by an event of a replay or by one that happens now. */
    void change(String applicationId, UnaryOperator<ApplicationFacts> change, boolean replayed) {
        changes.computeIfAbsent(applicationId, id -> new ArrayList<>()).add(new Change(change, replayed));
    }

    private record Change(UnaryOperator<ApplicationFacts> operator, boolean replayed) {
    }

    /** An application's facts written: as the replayed events of the batch leave them (counted already), and after the batch. */
    private record Written(String id, ApplicationFacts counted, ApplicationFacts after) {
    }

    void write() {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, ApplicationFacts> stored = new HashMap<>();
        facts.find(Filters.in(ApplicationFacts.ID, changes.keySet())).forEach(document -> {
            String id = document.getString(ApplicationFacts.ID);
            try {
                stored.put(id, ApplicationFacts.of(document));
            } catch (RuntimeException unreadable) {
                refused.put(id, "its facts cannot be read: " + unreadable);
            }
        });
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        changes.forEach((id, applicationChanges) -> {
            if (refused.containsKey(id)) {
                return;
            }
            try {
                ApplicationFacts before = stored.getOrDefault(id, ApplicationFacts.unknown(id));
                ApplicationFacts counted = before;
                ApplicationFacts after = before;
                // a replay's events come before the live ones
                for (Change change : applicationChanges) {
                    after = change.operator().apply(after);
                    if (change.replayed()) {
                        counted = after;
                    }
                }
                if (!after.equals(before)) {
                    writes.add(new ReplaceOneModel<>(Filters.eq(ApplicationFacts.ID, id), after.toDocument(), new ReplaceOptions().upsert(true)));
                    written.add(new Written(id, counted, after));
                }
            } catch (RuntimeException unbuildable) {
                refused.put(id, "its facts cannot be built: " + unbuildable);
            }
        });
        if (!writes.isEmpty()) {
            try {
                facts.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException partly) {
                partly.getWriteErrors().forEach(error -> refused.put(written.get(error.getIndex()).id(), "the store refused its facts: " + error.getMessage()));
            }
            written.stream().filter(facts -> !refused.containsKey(facts.id()))
                    .forEach(facts -> metrics.counted(facts.counted(), facts.after()));
        }
        if (!refused.isEmpty()) {
            throw refusedWrites.refuse(refused);
        }
    }
}

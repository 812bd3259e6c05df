package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.api.contract.SerializedEvents;
import com.kpbank.lc.api.event.LCApplicationEvent;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events are stored forever. A history the system stored before events had revisions — five lifecycles covering
 * every event type, taken from its event store as rows and kept as data in {@code stored-history/} with what the
 * read models showed of them then; never regenerated — is put into a fresh event store as it was stored. Through
 * the upcasters, the search and analytics read models show exactly what they showed before (an amount stored
 * without a tolerance has tolerance 0), and the aggregate takes its next command on top of it. Every event type has a
 * sample there, and every sample must read at its type's current revision: a new revision without its upcaster fails.
 */
class StoredHistoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENTUALLY = Duration.ofMinutes(1);
    private static final JsonNode EVENTS = resource("events-before-revisions.json");
    private static final JsonNode BEFORE = resource("read-models-before-revisions.json");

    @Test
    void a_history_stored_before_event_revisions_reads_as_it_did() {
        try (StandaloneSystem system = StandaloneSystem.start()) {
            store(system.bean(DataSource.class), EVENTS);
            HypermediaClient applicant = HypermediaClient.as(APPLICANT_1, system.root());
            HypermediaClient manager = HypermediaClient.as(MANAGER, system.root());

            for (Iterator<Map.Entry<String, JsonNode>> lifecycles = BEFORE.path("applications").fields(); lifecycles.hasNext(); ) {
                Map.Entry<String, JsonNode> lifecycle = lifecycles.next();
                URI application = system.root().resolve("lc-applications/" + lifecycle.getValue().path("lcApplicationId").asText());
                ObjectNode expected = lifecycle.getValue().deepCopy();
                expected.put("tolerancePercent", 0);
                await(lifecycle.getKey() + " as the search read model showed it").atMost(EVENTUALLY)
                        .untilAsserted(() -> assertThat(withoutHypermedia(applicant.get(application))).isEqualTo(expected));
            }
            URI analytics = HypermediaClient.linkTarget(manager.root(), "analytics", Map.of());
            await("the analytics as they were").atMost(EVENTUALLY)
                    .untilAsserted(() -> assertThat(withoutHypermedia(manager.get(analytics))).isEqualTo(BEFORE.path("analytics")));

            JsonNode waiting = BEFORE.path("applications").path("past-due");
            ApiResponse approved = manager.submit(manager.get(system.root().resolve("lc-applications/" + waiting.path("lcApplicationId").asText())),
                    "approve", Map.of());
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.text("state")).hasValue("APPROVED");
            assertThat(approved.version()).hasValue(waiting.path("version").asLong() + 1);
        }
    }

    @Test
    void every_event_type_has_a_stored_sample_and_every_sample_reads_at_its_types_current_revision() throws IOException {
        Set<String> stored = new HashSet<>();
        for (JsonNode event : EVENTS) {
            stored.add(event.path("payloadType").asText());
            String revision = event.path("payloadRevision").textValue();
            IntermediateEventRepresentation read = SerializedEvents.upcast(event.path("payloadType").asText(), revision,
                    JSON.writeValueAsBytes(event.path("payload")));
            Class<?> type = SerializedEvents.SERIALIZER.classForType(read.getType());
            assertThat(read.getType().getRevision()).as("%s read from revision %s: an upcaster is missing", type.getSimpleName(), revision)
                    .isEqualTo(type.getAnnotation(Revision.class).value());
            assertThat((Object) SerializedEvents.SERIALIZER.deserialize(read.getData())).isInstanceOf(type);
        }
        try (ScanResult scan = new ClassGraph().enableClassInfo().acceptPackages(LCApplicationEvent.class.getPackageName()).scan()) {
            assertThat(stored).as("event types with a stored sample").containsAll(scan.getClassesImplementing(LCApplicationEvent.class).getNames());
        }
    }

    /** Writes the events into the event store's table exactly as they were stored: payload, revision (none), metadata. */
    private static void store(DataSource eventStore, JsonNode events) {
        try (Connection connection = eventStore.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry (global_index, event_identifier, "
                     + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                     + "values (next value for domain_event_entry_seq, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JsonNode event : events) {
                insert.setString(1, event.path("eventIdentifier").asText());
                insert.setString(2, event.path("aggregateIdentifier").asText());
                insert.setLong(3, event.path("sequenceNumber").asLong());
                insert.setString(4, event.path("type").asText());
                insert.setString(5, event.path("timestamp").asText());
                insert.setString(6, event.path("payloadType").asText());
                insert.setString(7, event.path("payloadRevision").textValue());
                insert.setBytes(8, JSON.writeValueAsBytes(event.path("payload")));
                insert.setBytes(9, JSON.writeValueAsBytes(event.path("metaData")));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot store the history", e);
        }
    }

    private static JsonNode withoutHypermedia(ApiResponse representation) {
        assertThat(representation.status()).as(representation.toString()).isEqualTo(200);
        ObjectNode json = representation.json().deepCopy();
        json.remove("_links");
        json.remove("_templates");
        return json;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = StoredHistoryIT.class.getResourceAsStream("/stored-history/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}

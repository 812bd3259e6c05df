package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.api.json.LcJson;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standalone system's event store as it is on disk, read with SQL from its H2 database while the system runs
 * (the database is opened with {@code AUTO_SERVER}, so the system serves this reader): what the system has
 * committed, whatever its API and read models say.
 */
final class StoredEvents {

    private static final ObjectMapper JSON = LcJson.objectMapper();

    /** One stored domain event, its payload read with the project's own JSON mapping. */
    record StoredEvent(String aggregateId, long sequence, Object payload) {
    }

    private final String url;

    StoredEvents(Path dataDir) {
        this.url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/standalone/axon;WRITE_DELAY=0;AUTO_SERVER=TRUE;FILE_LOCK=SOCKET";
    }

    /**
     * The URL the system must open its database with, so that this reader can read it meanwhile: the platform's
     * default (durable commits) with H2's automatic mixed mode, whose lock a killed process does not hold.
     */
    String url() {
        return url;
    }

    /** Every stored domain event, per aggregate in sequence order, aggregates in the order they started. */
    Map<String, List<StoredEvent>> byAggregate() {
        Map<String, List<StoredEvent>> events = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select aggregate_identifier, sequence_number, payload_type, payload "
                                                             + "from domain_event_entry order by global_index")) {
            while (rows.next()) {
                StoredEvent event = new StoredEvent(rows.getString(1), rows.getLong(2),
                                                    JSON.readValue(rows.getBytes(4), Class.forName(rows.getString(3))));
                events.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event);
            }
        } catch (SQLException | IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the event store at " + url, e);
        }
        return events;
    }
}

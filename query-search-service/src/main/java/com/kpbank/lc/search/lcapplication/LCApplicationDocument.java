package com.kpbank.lc.search.lcapplication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.api.json.LcJson;
import com.kpbank.lc.api.query.LCApplicationView;

/**
 * The search document of one LC application: the JSON of its {@link LCApplicationView} (field names are
 * the view's, values as {@link LcJson} writes them), changed field by field as its events are applied.
 * {@code version} is the sequence number of the last event applied, -1 before the first.
 */
final class LCApplicationDocument {

    static final String ID = "lcApplicationId";
    static final String VERSION = "version";
    private static final ObjectMapper JSON = LcJson.objectMapper();

    private final ObjectNode fields;

    private LCApplicationDocument(ObjectNode fields) {
        this.fields = fields;
    }

    /** The document of an application nothing is known of yet. */
    static LCApplicationDocument empty(String lcApplicationId) {
        ObjectNode fields = JSON.createObjectNode()
                .put(ID, lcApplicationId)
                .put("remindersSent", 0)
                .put("pastDue", false)
                .put(VERSION, -1);
        return new LCApplicationDocument(fields);
    }

    /** The document as stored. */
    static LCApplicationDocument of(ObjectNode stored) {
        return new LCApplicationDocument(stored.deepCopy());
    }

    long version() {
        return fields.path(VERSION).asLong(-1);
    }

    /** Applies the change if the document has not seen it (or a later one) yet; answers whether it did. */
    boolean apply(LCApplicationChange change) {
        if (change.sequence() <= version()) {
            return false;
        }
        change.edit().accept(this);
        fields.put(VERSION, change.sequence());
        return true;
    }

    /** Sets a field of the view to a value of the published language. */
    void set(String field, Object value) {
        fields.set(field, JSON.valueToTree(value));
    }

    int intValue(String field) {
        return fields.path(field).asInt();
    }

    ObjectNode fields() {
        return fields;
    }

    LCApplicationView toView() {
        try {
            return JSON.treeToValue(fields, LCApplicationView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search document of LC application " + fields.path(ID).asText() + " is no LCApplicationView", e);
        }
    }
}

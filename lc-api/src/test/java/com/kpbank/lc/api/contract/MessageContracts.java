package com.kpbank.lc.api.contract;

import org.axonframework.serialization.SerializedType;

import java.util.HashMap;
import java.util.Map;

/**
 * The parties of the message contracts and how a message names what it carries, shared by consumers ({@link MessagePacts})
 * and providers: a serialized payload's type and revision, as Axon Server carries them, are the message's metadata.
 */
public final class MessageContracts {

    public static final String COMMAND_SERVICE = "lc-command-service";
    public static final String SEARCH_SERVICE = "lc-search-service";
    public static final String ANALYTICS_SERVICE = "lc-analytics-service";
    public static final String SAGA_SERVICE = "lc-saga-service";
    public static final String GATEWAY = "lc-gateway";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String REVISION = "revision";

    private MessageContracts() {
    }

    /** The message of a payload type, by which the provider answers it. */
    public static String description(Class<?> payloadType) {
        return payloadType.getSimpleName();
    }

    /** The metadata of a serialized payload: its type, and its revision when it has one. */
    public static Map<String, Object> metadataOf(SerializedType type) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(PAYLOAD_TYPE, type.getName());
        if (type.getRevision() != null) {
            metadata.put(REVISION, type.getRevision());
        }
        return metadata;
    }
}

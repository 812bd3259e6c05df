package com.kpbank.lc.api.contract;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.messaging.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.json.LcJson;
import org.axonframework.serialization.SerializedType;

import java.util.Map;
import java.util.Set;

/**
 * The message contracts of events: what a consumer of the command service's events relies on, each event type one
 * message — its payload type and revision as Axon carries them (metadata {@value #PAYLOAD_TYPE} and
 * {@value #REVISION}) and the fields the consumer reads, matched by type, with a sample's values as examples.
 * The command service verifies every consumer's pact against the events it actually stores.
 */
public final class EventPacts {

    /** The provider of every event. */
    public static final String PROVIDER = "lc-command-service";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String REVISION = "revision";
    private static final ObjectMapper JSON = LcJson.objectMapper();

    private EventPacts() {
    }

    /** The message of an event type, by which the provider answers it. */
    public static String description(Class<?> eventType) {
        return eventType.getSimpleName();
    }

    /**
     * Adds the sample's event type to the pact: the consumer reads the fields named (by path, {@code amount.currency};
     * a path names its whole subtree), or every field of the sample when none is named; fields the sample leaves
     * {@code null} are optional, and left out.
     */
    public static MessagePactBuilder expect(MessagePactBuilder pact, LCApplicationEvent sample, String... reads) {
        SerializedType type = SerializedEvents.typeOf(sample.getClass());
        PactDslJsonBody body = new PactDslJsonBody();
        fill(body, JSON.valueToTree(sample), "", Set.of(reads));
        return pact.expectsToReceive(description(sample.getClass()))
                .withMetadata(Map.of(PAYLOAD_TYPE, type.getName(), REVISION, type.getRevision()))
                .withContent(body);
    }

    /** The event a message of the pact carries, read as every service reads events. */
    public static Object read(Message message) {
        Map<String, Object> metadata = message.getMetadata();
        return SerializedEvents.read((String) metadata.get(PAYLOAD_TYPE), (String) metadata.get(REVISION), message.contentsAsBytes());
    }

    private static void fill(PactDslJsonBody body, JsonNode node, String prefix, Set<String> reads) {
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            String path = prefix + name;
            if (!reads.isEmpty() && reads.stream().noneMatch(read -> read.equals(path) || path.startsWith(read + ".") || read.startsWith(path + "."))) {
                return;
            }
            JsonNode value = field.getValue();
            if (value.isObject()) {
                PactDslJsonBody inner = body.object(name);
                fill(inner, value, path + ".", reads);
                inner.closeObject();
            } else if (value.isArray() && value.get(0).isObject()) {
                PactDslJsonBody element = body.minArrayLike(name, 1);
                fill(element, value.get(0), path + ".", reads);
                element.closeObject().closeArray();
            } else if (value.isArray()) {
                body.minArrayLike(name, 1, PactDslJsonRootValue.stringType(value.get(0).asText()), 1);
            } else if (value.isTextual()) {
                body.stringType(name, value.asText());
            } else if (value.isIntegralNumber()) {
                body.integerType(name, value.asLong());
            } else if (value.isNumber()) {
                body.decimalType(name, value.decimalValue());
            } else if (value.isBoolean()) {
                body.booleanType(name, value.asBoolean());
            }
            // a field the sample leaves empty is optional: the consumer takes it as it comes, and the pact says nothing of it
        });
    }
}

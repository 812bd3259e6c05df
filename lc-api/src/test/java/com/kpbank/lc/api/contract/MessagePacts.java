package com.kpbank.lc.api.contract;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.messaging.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.api.json.LcJson;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the message contracts of what crosses Axon Server between the services — events, query
 * answers, command refusals: a consumer declares, per message, its payload type and revision as Axon carries them
 * ({@link MessageContracts#metadataOf}) and the fields it reads, matched by type, with a sample's values as examples.
 * Each providing service verifies every consumer's pact against what it actually produces, serialized by the
 * platform's serializer.
 */
public final class MessagePacts {

    private static final ObjectMapper JSON = LcJson.objectMapper();

    private MessagePacts() {
    }

    /**
     * Adds the sample's type to the pact: the consumer reads the fields named (by path, {@code amount.currency};
     * a path names its whole subtree), or every field of the sample when none is named; fields the sample leaves
     * {@code null} are optional, and left out.
     */
    public static MessagePactBuilder expect(MessagePactBuilder pact, Object sample, String... reads) {
        PactDslJsonBody body = new PactDslJsonBody();
        fill(body, JSON.valueToTree(sample), "", Set.of(reads));
        return pact.expectsToReceive(MessageContracts.description(sample.getClass()))
                .withMetadata(MessageContracts.metadataOf(SerializedEvents.typeOf(sample.getClass())))
                .withContent(body);
    }

    /** Adds each sample's type to the pact with the fields the consumer reads of it ({@link #expect}). */
    public static MessagePactBuilder expectReads(MessagePactBuilder pact, Map<?, List<String>> reads) {
        for (Map.Entry<?, List<String>> read : reads.entrySet()) {
            pact = expect(pact, read.getKey(), read.getValue().toArray(String[]::new));
        }
        return pact;
    }

    /** Each message of the pact, read as a service reads it, carries the fields read with the values of its type's sample. */
    public static void assertCarriesWhatIsRead(List<Message> messages, Map<?, List<String>> reads) {
        assertThat(messages).hasSameSizeAs(reads.keySet());
        for (Message message : messages) {
            Object payload = read(message);
            Map.Entry<?, List<String>> expected = reads.entrySet().stream()
                    .filter(read -> read.getKey().getClass() == payload.getClass()).findFirst()
                    .orElseThrow(() -> new AssertionError("no sample of " + payload.getClass().getSimpleName()));
            assertThat(payload).usingRecursiveComparison().comparingOnlyFields(expected.getValue().toArray(String[]::new))
                    .isEqualTo(expected.getKey());
        }
    }

    /** The payload a message of the pact carries, read as every service reads what crosses Axon Server. */
    public static Object read(Message message) {
        Map<String, Object> metadata = message.getMetadata();
        return SerializedEvents.read((String) metadata.get(MessageContracts.PAYLOAD_TYPE), (String) metadata.get(MessageContracts.REVISION),
                message.contentsAsBytes());
    }

    private static void fill(PactDslJsonBody body, JsonNode node, String prefix, Set<String> reads) {
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            String path = prefix + name;
            if (!reads.isEmpty() && reads.stream().noneMatch(read -> read.equals(path) || path.startsWith(read + ".") || read.startsWith(path + "."))) {
                return;
            }
            JsonNode value = field.getValue();
            if (value.isArray() && value.isEmpty()) {
                return; // an empty list in a sample says nothing of its elements: optional, like null
            }
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
                body.numberType(name, value.numberValue()); // a decimal may come as 8000 or 8000.0: any number
            } else if (value.isBoolean()) {
                body.booleanType(name, value.asBoolean());
            }
            // a field the sample leaves empty is optional: the consumer takes it as it comes, and the pact says nothing of it
        });
    }
}

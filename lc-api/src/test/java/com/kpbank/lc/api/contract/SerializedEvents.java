package com.kpbank.lc.api.contract;

import com.kpbank.lc.api.event.revision.EventRevisions;
import com.kpbank.lc.api.json.LcJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Events as they are stored and as they cross Axon Server — a payload type, a revision and JSON written by the
 * platform's serializer — and how every service reads them back: through {@link EventRevisions} to today's type.
 */
public final class SerializedEvents {

    /** The platform's serializer (PlatformAutoConfiguration), built the same way. */
    public static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(LcJson.objectMapper()).build();

    private SerializedEvents() {
    }

    /** The payload type and revision the serializer writes for an event of this type. */
    public static SerializedType typeOf(Class<?> eventType) {
        return SERIALIZER.typeForClass(eventType);
    }

    /** The JSON the serializer writes for this event. */
    public static byte[] payloadOf(Object event) {
        return SERIALIZER.serialize(event, byte[].class).getData();
    }

    /** A stored or carried event after the upcasters: its type, its revision now and its payload. */
    public static IntermediateEventRepresentation upcast(String payloadType, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("LCApplication", "lc-application", 0, "event",
                Instant.EPOCH, payloadType, revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
        return EventRevisions.upcasters().upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER)))
                .findFirst().orElseThrow(() -> new AssertionError("the upcasters dropped a " + payloadType));
    }

    /** The event read as every service reads it. */
    public static Object read(String payloadType, String revision, byte[] payload) {
        return SERIALIZER.deserialize(upcast(payloadType, revision, payload).getData());
    }
}

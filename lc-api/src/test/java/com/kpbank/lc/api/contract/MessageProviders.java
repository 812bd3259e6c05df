package com.kpbank.lc.api.contract;

import au.com.dius.pact.provider.MessageAndMetadata;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * The provider's side of the message contracts: what a service really produces, as the message a pact's consumer
 * receives — serialized by the service's own serializer, its type and revision as metadata ({@link MessageContracts}).
 */
public final class MessageProviders {

    private MessageProviders() {
    }

    /** The payload as it crosses Axon Server. */
    public static MessageAndMetadata carried(Serializer serializer, Object payload) {
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        return new MessageAndMetadata(serialized.getData(), MessageContracts.metadataOf(serialized.getType()));
    }
}

package com.kpbank.lc.api.event.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * How stored events of older revisions read today, as one chain of Axon upcasters that every service reading
 * events registers. Events are stored forever, so a change to an event's shape is a new {@code @Revision} of it
 * and a step here from the revision before:
 * <ol>
 *   <li>events stored before revisions existed carry none: they are revision 1;</li>
 *   <li>{@link LCAmountChanged} and {@link LCApplicationSubmitted} 1 → 2: the amount's {@code tolerancePercent},
 *       0 for every amount set before tolerances existed (DOMAIN.md, "How the language evolves").</li>
 * </ol>
 */
public final class EventRevisions {

    private EventRevisions() {
    }

    /** Every step, in the order they apply. */
    public static EventUpcasterChain upcasters() {
        return new EventUpcasterChain(
                new Unrevisioned(),
                new FieldAdded(LCAmountChanged.class, "1", "2", "tolerancePercent", IntNode.valueOf(0)),
                new FieldAdded(LCApplicationSubmitted.class, "1", "2", "tolerancePercent", IntNode.valueOf(0)));
    }

    /** An LC event stored without a revision (Axon Server writes none as "") is revision 1; its payload is unchanged. */
    private static final class Unrevisioned extends SingleEventUpcaster {

        private static final String EVENTS = LCApplicationEvent.class.getPackageName() + ".";

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            String revision = event.getType().getRevision();
            return (revision == null || revision.isEmpty()) && event.getType().getName().startsWith(EVENTS);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "1"), JsonNode.class, payload -> payload);
        }
    }

    /** A revision of an event that added a field: the revision before reads with the value its absence meant. */
    private static final class FieldAdded extends SingleEventUpcaster {

        private final String type;
        private final String from;
        private final String to;
        private final String field;
        private final JsonNode meant;

        FieldAdded(Class<?> type, String from, String to, String field, JsonNode meant) {
            this.type = type.getName();
            this.from = from;
            this.to = to;
            this.field = field;
            this.meant = meant;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return event.getType().getName().equals(type) && from.equals(event.getType().getRevision());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(new SimpleSerializedType(type, to), JsonNode.class, payload -> {
                ((ObjectNode) payload).set(field, meant);
                return payload;
            });
        }
    }
}

package com.kpbank.lc.api.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.MetaData;

import java.util.Map;
import java.util.Optional;

/**
 * Who made something happen to an application: a user of the API, the auto-approval policy, an
 * approval reminder, or another bounded context whose message recorded a check. Carried in the metadata
 * of every command, from where it was first sent on, and copied onto the events the command applies, so
 * that the event store says who did what.
 */
public record Actor(@NotNull Kind kind, @NotBlank @Size(max = 64) String name) {

    /** The metadata key of the actor's kind. */
    public static final String KIND = "actorKind";
    /** The metadata key of the actor's name. */
    public static final String NAME = "actor";

    public static final Actor AUTO_APPROVAL = new Actor(Kind.AUTO_APPROVAL, DecisionMaker.AUTO_APPROVAL.name());
    public static final Actor REMINDER = new Actor(Kind.REMINDER, "approval-reminder");

    public enum Kind { USER, AUTO_APPROVAL, REMINDER, CONTEXT }

    public static Actor user(String name) {
        return new Actor(Kind.USER, name);
    }

    /** Another bounded context, e.g. Compliance, whose message the system took in. */
    public static Actor context(String name) {
        return new Actor(Kind.CONTEXT, name);
    }

    public MetaData metaData() {
        return MetaData.with(KIND, kind.name()).and(NAME, name);
    }

    /** The actor a message's metadata names, if it names one. */
    public static Optional<Actor> of(Map<String, ?> metaData) {
        if (!(metaData.get(KIND) instanceof String kind) || !(metaData.get(NAME) instanceof String name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Actor(Kind.valueOf(kind), name));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }
}

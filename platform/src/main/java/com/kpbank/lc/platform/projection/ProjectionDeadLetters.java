package com.kpbank.lc.platform.projection;

import com.kpbank.lc.api.projection.DeadLetter;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * What an operator does with the events a projection parked in its dead-letter queue: list them,
 * hand them to the projection again, or give up on one.
 */
public class ProjectionDeadLetters {

    private final EventProcessingConfiguration processing;

    public ProjectionDeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** How many events the projection has parked. */
    public long count(String projection) {
        return queue(projection).size();
    }

    /** The parked events, up to {@code max}, sequence by sequence. */
    public List<DeadLetter> list(String projection, int max) {
        List<DeadLetter> parked = new ArrayList<>();
        for (Iterable<org.axonframework.messaging.deadletter.DeadLetter<? extends EventMessage<?>>> sequence : queue(projection).deadLetters()) {
            for (org.axonframework.messaging.deadletter.DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (parked.size() == max) {
                    return parked;
                }
                parked.add(view(letter));
            }
        }
        return parked;
    }

    /**
     * Hands every parked sequence to the projection once more, oldest first; a sequence that fails
     * again stays parked. Answers how many sequences the projection handled.
     */
    public int retry(String projection) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> noQueue(projection));
        long sequences = queue(projection).amountOfSequences();
        Set<String> tried = new HashSet<>();
        int handled = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.process(letter -> tried.add(letter.message().getIdentifier()))) {
                handled++;
            }
        }
        return handled;
    }

    /** Removes the parked event of that identifier without projecting it; false if none is parked. */
    public boolean drop(String projection, String eventIdentifier) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        return StreamSupport.stream(queue.deadLetters().spliterator(), false)
                .flatMap(sequence -> StreamSupport.stream(sequence.spliterator(), false))
                .filter(letter -> letter.message().getIdentifier().equals(eventIdentifier))
                .findFirst()
                .map(letter -> {
                    queue.evict(letter);
                    return true;
                })
                .orElse(false);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        return processing.deadLetterQueue(projection).orElseThrow(() -> noQueue(projection));
    }

    private static IllegalStateException noQueue(String projection) {
        return new IllegalStateException("projection " + projection + " has no dead-letter queue");
    }

    private static DeadLetter view(org.axonframework.messaging.deadletter.DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String sequence = event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier() : null;
        return new DeadLetter(event.getIdentifier(), event.getPayloadType().getSimpleName(), sequence,
                letter.cause().map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched());
    }
}

package com.kpbank.lc.api.projection;

import java.time.Instant;

/**
 * An event a projection could not handle, parked with the ones after it of the same application
 * (its sequence) so the others keep flowing.
 *
 * @param eventIdentifier the event message's identifier, which {@link DropDeadLetter} names
 * @param eventType       the event's type, e.g. {@code LCApplicationSubmitted}
 * @param sequence        the sequence it is parked in: the LC application's id
 * @param cause           why the projection refused it
 * @param enqueuedAt      when it was parked
 * @param lastTouched     when it was last parked or retried
 */
public record DeadLetter(
        String eventIdentifier,
        String eventType,
        String sequence,
        String cause,
        Instant enqueuedAt,
        Instant lastTouched) {
}

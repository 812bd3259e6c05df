package com.kpbank.lc.api.projection;

import jakarta.validation.constraints.NotBlank;

/**
 * Give up on one parked event: it is removed without being projected. The events parked after it in
 * the same sequence stay parked until they are retried.
 */
public record DropDeadLetter(@NotBlank String projection, @NotBlank String eventIdentifier) implements ProjectionOperatorCommand {
}

package com.kpbank.lc.api.projection;

import jakarta.validation.constraints.NotBlank;

/**
 * Hand every parked event of a projection to it again, sequence by sequence; those it still cannot
 * handle stay parked.
 */
public record RetryDeadLetters(@NotBlank String projection) implements ProjectionOperatorCommand {
}

package com.kpbank.lc.api.projection;

import jakarta.validation.constraints.NotBlank;

/**
 * Rebuild a read model from the whole event history. The current read model keeps answering queries
 * until the new one has caught up, then queries switch to the new one; events that arrive meanwhile
 * are in it. Refused while a rebuild of that projection runs.
 */
public record ReplayProjection(@NotBlank String projection) implements ProjectionOperatorCommand {
}

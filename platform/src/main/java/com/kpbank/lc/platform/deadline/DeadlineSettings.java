package com.kpbank.lc.platform.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the {@link JpaDeadlineManager} delivers deadlines.
 *
 * @param pollInterval how often due deadlines are looked for
 * @param retryDelay   how long a deadline whose delivery failed waits before it is tried again
 */
@ConfigurationProperties("lc.deadlines")
public record DeadlineSettings(
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT1M") Duration retryDelay) {
}

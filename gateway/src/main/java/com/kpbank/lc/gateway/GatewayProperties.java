package com.kpbank.lc.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The gateway's settings, with their defaults here (not in an {@code application.yml}) so that they
 * hold in the standalone composition too.
 *
 * @param busTimeout           how long a command or query may take before the API answers 503
 * @param readYourWritesWithin how long an action waits for the read model to show its outcome
 * @param tradingTermsRefresh  how long the forms' choices (currencies, countries) are used before they are asked again
 * @param updates              the live views ({@code text/event-stream}) of applications
 */
@ConfigurationProperties("lc.gateway")
public record GatewayProperties(
        @DefaultValue("10s") Duration busTimeout,
        @DefaultValue("5s") Duration readYourWritesWithin,
        @DefaultValue("1m") Duration tradingTermsRefresh,
        @DefaultValue Updates updates) {

    /**
     * @param heartbeat      how often an idle stream sends a comment, so that proxies do not close it
     * @param lifetime       how long one stream stays open; the client's {@code EventSource} reconnects with
     *                       {@code Last-Event-ID} and misses nothing
     * @param perUser        how many streams one user may hold open at once
     */
    public record Updates(
            @DefaultValue("15s") Duration heartbeat,
            @DefaultValue("30m") Duration lifetime,
            @DefaultValue("8") int perUser) {
    }
}

package com.kpbank.lc.gateway.checks.simulator;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Switches the simulated checks on under the {@code check-simulator} profile, with their own tracking
 * processor that starts at the head of the event stream (only applications submitted from now on).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Profile(CheckSimulatorConfiguration.PROFILE)
@EnableConfigurationProperties(CheckSimulatorProperties.class)
public class CheckSimulatorConfiguration {

    public static final String PROFILE = "check-simulator";
    public static final String PROCESSING_GROUP = "check-simulator";

    @Bean
    public ConfigurerModule checkSimulatorProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTrackingEventProcessor(
                PROCESSING_GROUP,
                Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }
}

package com.kpbank.lc.platform.processing;

import com.kpbank.lc.platform.ProcessingSettings;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The instances of every service share its event processors' segments fairly ({@link SegmentBalancer}). */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@RegisterDefaultEntities(packages = "com.kpbank.lc.platform.processing")
public class SegmentBalancingAutoConfiguration {

    @Bean
    public SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, TransactionManager transactions,
                                           EntityManagerProvider entityManagers, ProcessingSettings settings) {
        return new SegmentBalancer(processing, transactions, entityManagers, Clock.systemUTC(), settings.balanceInterval());
    }
}

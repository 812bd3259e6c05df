package com.kpbank.lc.platform.deadline;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines that survive restarts, for the aggregates and sagas of a service: stored in the application's
 * database in the transaction of the command or event that schedules them ({@link JpaDeadlineManager}).
 * A service with deadlines imports this configuration; the one-JVM composition, importing it through two
 * services, has one deadline manager for both. Due deadlines are looked for every
 * {@code lc.deadlines.poll-interval} (default one second); a delivery that fails is tried again after
 * {@code lc.deadlines.retry-delay} (default one minute). Deadline payloads are written with the one Axon
 * serializer (JSON).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineSettings.class)
@RegisterDefaultEntities(packages = "com.kpbank.lc.platform.deadline")
public class DurableDeadlinesConfiguration {

    @Bean
    public JpaDeadlineManager deadlineManager(org.axonframework.config.Configuration axonConfiguration,
                                              Serializer serializer,
                                              TransactionManager transactionManager,
                                              EntityManagerProvider entityManagerProvider,
                                              DeadlineManagerSpanFactory spanFactory,
                                              DeadlineSettings settings) {
        return new JpaDeadlineManager(new ConfigurationScopeAwareProvider(axonConfiguration), serializer,
                                      transactionManager, entityManagerProvider, spanFactory,
                                      settings.pollInterval(), settings.retryDelay());
    }
}

package com.kpbank.lc.command.reminder;

import com.kpbank.lc.command.deadline.DeadlineSettings;
import com.kpbank.lc.command.deadline.JpaDeadlineManager;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines that survive restarts, stored in the application's database in the transaction of the command
 * that schedules them ({@link JpaDeadlineManager}). Due deadlines are looked for every
 * {@code lc.deadlines.poll-interval} (default one second); a delivery that fails is tried again after
 * {@code lc.deadlines.retry-delay} (default one minute). Deadline payloads are written with the one Axon
 * serializer (JSON).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineSettings.class)
public class ApprovalReminderDeadlineConfiguration {

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

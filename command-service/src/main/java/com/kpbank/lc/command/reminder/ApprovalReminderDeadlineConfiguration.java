package com.kpbank.lc.command.reminder;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines that survive restarts: Axon's {@link QuartzDeadlineManager} on the Quartz scheduler of Spring
 * Boot, whose jobs live in the JDBC job store of the application's database (see
 * {@link ApprovalReminderStoreDefaults}). Deadline payloads are written with the one Axon serializer (JSON).
 */
@Configuration(proxyBeanMethods = false)
public class ApprovalReminderDeadlineConfiguration {

    @Bean
    public DeadlineManager deadlineManager(Scheduler scheduler,
                                           org.axonframework.config.Configuration axonConfiguration,
                                           TransactionManager transactionManager,
                                           Serializer serializer,
                                           DeadlineManagerSpanFactory spanFactory) {
        return QuartzDeadlineManager.builder()
                                    .scheduler(scheduler)
                                    .scopeAwareProvider(new ConfigurationScopeAwareProvider(axonConfiguration))
                                    .transactionManager(transactionManager)
                                    .serializer(serializer)
                                    .spanFactory(spanFactory)
                                    .build();
    }
}

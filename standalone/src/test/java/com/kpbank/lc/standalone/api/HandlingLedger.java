package com.kpbank.lc.standalone.api;

import org.axonframework.deadline.DeadlineManager;
import com.kpbank.lc.saga.autoapproval.AutoApprovalSaga;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * What an instance of the system under test handled, written down where every instance writes: a row of
 * {@link #TABLE} in the shared database for each event a projection's processor or an auto-approval process handled
 * and each deadline delivered, naming
 * the instance ({@code ledger.instance}), the processor (or {@code deadline <name>}), the message and its type. The row
 * is written in the transaction of the handling, which also moves the processor's token on (or removes the deadline):
 * it stays exactly when the handling took effect, and an instance killed mid-batch leaves none of that batch.
 * Added to the system by {@code --spring.main.sources} (never scanned), for {@link SharedWorkIT}.
 */
class HandlingLedger {

    static final String TABLE = "lc_handling_ledger";
    static final String CREATE_TABLE = "create table " + TABLE
            + " (instance varchar(32) not null, handler varchar(255) not null, message_id varchar(255) not null, payload_type varchar(255) not null)";

    /** The events each projection's processor handled (the saga's processor hands each event to every segment: see below). */
    @Bean
    ConfigurerModule handlingLedgerOfEventProcessors(DataSource dataSource, @Value("${ledger.instance}") String instance) {
        JdbcTemplate ledger = new JdbcTemplate(dataSource);
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (configuration, processor) -> (unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    if (!AutoApprovalSaga.PROCESSING_GROUP.equals(processor)) {
                        write(ledger, instance, processor, unitOfWork.getMessage());
                    }
                    return result;
                }));
    }

    /** The events an auto-approval process handled, as the processor's name. */
    @Bean
    HandlerEnhancerDefinition handlingLedgerOfSagas(DataSource dataSource, @Value("${ledger.instance}") String instance) {
        JdbcTemplate ledger = new JdbcTemplate(dataSource);
        return new HandlerEnhancerDefinition() {
            @Override
            public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
                if (!original.hasAnnotation(SagaEventHandler.class)) {
                    return original;
                }
                return new WrappedMessageHandlingMember<>(original) {
                    @Override
                    public Object handle(Message<?> message, T target) throws Exception {
                        Object result = super.handle(message, target);
                        write(ledger, instance, AutoApprovalSaga.PROCESSING_GROUP, message);
                        return result;
                    }
                };
            }
        };
    }

    @Bean
    SmartInitializingSingleton handlingLedgerOfDeadlines(DeadlineManager deadlines, DataSource dataSource,
                                                         @Value("${ledger.instance}") String instance) {
        JdbcTemplate ledger = new JdbcTemplate(dataSource);
        return () -> deadlines.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            write(ledger, instance, "deadline " + unitOfWork.getMessage().getDeadlineName(), unitOfWork.getMessage());
            return result;
        });
    }

    private static void write(JdbcTemplate ledger, String instance, String handler, Message<?> message) {
        ledger.update("insert into " + TABLE + " (instance, handler, message_id, payload_type) values (?, ?, ?, ?)",
                      instance, handler, message.getIdentifier(), message.getPayloadType().getSimpleName());
    }
}

package com.kpbank.lc.command.reminder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Keeps approval reminders in the application's database rather than in memory: Spring Boot's Quartz
 * scheduler with a JDBC job store, its tables created when missing. The scheduler looks for due reminders
 * at least every five seconds (Quartz's default of 30 s would let a reminder scheduled in a transaction
 * that was still open when Quartz was notified wait that long). Registered in
 * {@code META-INF/spring.factories}, so every application with the command service on its class path
 * (the command service itself and the standalone composition) gets these defaults, below anything it
 * configures itself.
 */
public class ApprovalReminderStoreDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SCHEMA = "classpath:com/kpbank/lc/command/reminder/quartz-tables-h2.sql";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("lc-approval-reminder-store-defaults", Map.of(
                "spring.quartz.job-store-type", "jdbc",
                "spring.quartz.jdbc.initialize-schema", "always",
                "spring.quartz.jdbc.schema", SCHEMA,
                "spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "5000")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package com.kpbank.lc.command.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a submitted application waits for its decision between approval reminders, from
 * {@code lc.approval-reminders.interval} (ISO-8601, default {@code P10D}: reminders at day 10 and 20,
 * past due at day 30). The aggregate receives it as a handler parameter.
 */
@ConfigurationProperties("lc.approval-reminders")
public record ApprovalReminderSettings(Duration interval) {

    static final Duration DEFAULT_INTERVAL = Duration.ofDays(10);

    public ApprovalReminderSettings {
        interval = interval == null ? DEFAULT_INTERVAL : interval;
    }

    public static ApprovalReminderSettings defaults() {
        return new ApprovalReminderSettings(null);
    }
}

package com.kpbank.lc.command.reminder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes {@link ApprovalReminderSettings} a bean, bound from {@code lc.approval-reminders.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalReminderSettings.class)
public class ApprovalReminderSettingsConfiguration {
}

package com.kpbank.lc.command.reminder;

import java.time.Duration;
import java.time.Instant;

import com.kpbank.lc.api.value.LCApplicationId;

/**
 * The payload of an approval deadline: the {@code number}-th time a submitted application's decision fell
 * due. Reminders 1 and 2 say the approval is pending; the third expiry says it is past due.
 */
public record ApprovalReminder(int number) {

    /**
     * The deadline name of one application's reminders. Each application has its own, so that cancelling
     * them is an indexed delete of that application's stored deadlines only, whatever the number of other
     * applications waiting for their decision.
     */
    public static String deadlineNameFor(LCApplicationId lcApplicationId) {
        return "lc-approval-reminder-" + lcApplicationId;
    }

    static final int REMINDERS_BEFORE_PAST_DUE = 2;

    public static ApprovalReminder first() {
        return new ApprovalReminder(1);
    }

    public ApprovalReminder next() {
        return new ApprovalReminder(number + 1);
    }

    public boolean isPastDue() {
        return number > REMINDERS_BEFORE_PAST_DUE;
    }

    /**
     * When this reminder falls due: {@code number} intervals after the submission (DOMAIN.md, deadlines),
     * however late the reminder before it was delivered.
     */
    public Instant dueAt(Instant submittedAt, Duration interval) {
        return submittedAt.plus(interval.multipliedBy(number));
    }
}

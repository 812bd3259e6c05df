package com.kpbank.lc.command.reminder;

/**
 * The payload of an approval deadline: the {@code number}-th time a submitted application's decision fell
 * due. Reminders 1 and 2 say the approval is pending; the third expiry says it is past due.
 */
public record ApprovalReminder(int number) {

    /** The deadline name under which every approval reminder is scheduled (and cancelled). */
    public static final String DEADLINE_NAME = "lc-approval-reminder";

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
}

/**
 * The auto-approval policy: a long-running process that approves a small submitted application once
 * Compliance and Customer Onboarding passed all three checks, and otherwise leaves it to a manager.
 */
package com.kpbank.lc.saga.autoapproval;

package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.api.command.ApproveLCApplication;
import org.axonframework.commandhandling.gateway.Timeout;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the auto-approval saga sends its one command: it waits for the answer, so that the saga itself
 * learns whether the application was approved or refused (already decided or cancelled) and ends
 * either way. Transient failures are retried behind this interface (see {@link AutoApprovalConfiguration});
 * the timeout bounds the wait for those retries.
 */
public interface AutoApprovalGateway {

    /**
     * @throws org.axonframework.commandhandling.CommandExecutionException when the command service refused
     *         the approval (details: a {@link com.kpbank.lc.api.command.CommandRefusal}) or it kept failing
     * @throws TimeoutException when no answer came in time
     */
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void approve(ApproveLCApplication command) throws TimeoutException;
}

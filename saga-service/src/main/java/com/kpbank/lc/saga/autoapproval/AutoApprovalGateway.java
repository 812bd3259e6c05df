package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.api.command.ApproveLCApplication;
import org.axonframework.commandhandling.gateway.Timeout;
import org.axonframework.messaging.MetaData;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the auto-approval saga sends its one command: it waits for the answer, a few seconds at most, so
 * that the saga itself learns whether the application was approved, refused (already decided or
 * cancelled), or not answered; it tries again later itself, through a deadline, not behind this interface.
 */
public interface AutoApprovalGateway {

    /**
     * @param actor the metadata naming who sends it (the auto-approval), merged into the command's
     * @throws org.axonframework.commandhandling.CommandExecutionException when the command service refused
     *         the approval (details: a {@link com.kpbank.lc.api.command.CommandRefusal}) or it kept failing
     * @throws TimeoutException when no answer came in time
     */
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void approve(ApproveLCApplication command, MetaData actor) throws TimeoutException;
}

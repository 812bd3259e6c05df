package com.kpbank.lc.command;

import com.kpbank.lc.platform.ServiceLauncher;
import com.kpbank.lc.platform.deadline.DurableDeadlinesConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The command service on its own: the {@code LCApplication} aggregate behind the command bus, with its
 * lookup data and approval reminders. Under the {@code distributed} profile it takes its commands from
 * Axon Server; otherwise it runs on local buses and the embedded event store of the platform defaults.
 */
@SpringBootApplication
@Import(DurableDeadlinesConfiguration.class)
public class CommandServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(CommandServiceApplication.class, args);
    }
}

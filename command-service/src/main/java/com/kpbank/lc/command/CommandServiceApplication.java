package com.kpbank.lc.command;

import com.kpbank.lc.platform.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The command service on its own: the {@code LCApplication} aggregate behind the command bus, with its
 * lookup data and approval reminders. Under the {@code distributed} profile it takes its commands from
 * Axon Server; otherwise it runs on local buses and the embedded event store of the platform defaults.
 */
@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(CommandServiceApplication.class, args);
    }
}

package com.kpbank.lc.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one of the project's Spring Boot applications (a service, or the standalone composition of them all). */
public final class ServiceLauncher {

    /** Axon 4.12 reports usage at start-up unless told not to; nothing of ours leaves the machine. */
    public static final String NO_UPDATE_CHECK = "axoniq.update-checker.disabled";

    private ServiceLauncher() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        System.setProperty(NO_UPDATE_CHECK, "true");
        return SpringApplication.run(application, args);
    }
}

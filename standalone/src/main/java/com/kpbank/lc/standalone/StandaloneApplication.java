package com.kpbank.lc.standalone;

import com.kpbank.lc.platform.LcApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The whole system in one JVM: every component of the project, local Axon buses, a durable embedded
 * event store and embedded read-model stores, all data in one directory ({@code lc.data-dir}).
 * Components are found by scanning, so each joins the composition by being a dependency of this module.
 */
@SpringBootApplication(scanBasePackages = "com.kpbank.lc")
public class StandaloneApplication {

    public static void main(String[] args) {
        LcApplication.run(StandaloneApplication.class, args);
    }
}

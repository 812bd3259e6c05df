package com.kpbank.lc.saga;

import com.kpbank.lc.platform.ServiceLauncher;
import com.kpbank.lc.platform.deadline.DurableDeadlinesConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The auto-approval process as its own application: it reacts to what happens to applications and
 * sends the approval of the small ones, so it runs apart from the command service that decides.
 */
@SpringBootApplication
@Import(DurableDeadlinesConfiguration.class)
public class SagaServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(SagaServiceApplication.class, args);
    }
}

package com.kpbank.lc.saga;

import com.kpbank.lc.platform.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The auto-approval process as its own application: it reacts to what happens to applications and
 * sends the approval of the small ones, so it runs apart from the command service that decides.
 */
@SpringBootApplication
public class SagaServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(SagaServiceApplication.class, args);
    }
}

package com.kpbank.lc.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever ran {@code bin/start} where to go once everything is up: the API's root and HAL Explorer
 * on the port actually bound (which may have been chosen at random), the demo users of the standalone
 * profile (configured in the gateway's security configuration) and where the data lives.
 */
@Component
class StandaloneStartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneStartupBanner.class);
    private static final String ANY_ADDRESS = "0.0.0.0";

    private final StandaloneSettings settings;

    StandaloneStartupBanner(StandaloneSettings settings) {
        this.settings = settings;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment environment = event.getApplicationContext().getEnvironment();
        String address = environment.getProperty("server.address", "localhost");
        String host = ANY_ADDRESS.equals(address) ? "localhost" : address;
        String api = "http://" + host + ":" + web.getWebServer().getPort() + "/";
        LOG.info("""

                LC application processing is ready
                  API (HAL-FORMS):  {}
                  HAL Explorer:     {}explorer
                  Demo users:       applicant-1, applicant-2 (applicants), manager (trade finance manager),
                                    analyst (product and credit analyst), operator; password = user name, HTTP Basic
                  Try:              curl -u applicant-1:applicant-1 {}
                  Data directory:   {}
                  Stop with Ctrl-C""",
                api, api, api, settings.dataDir().toAbsolutePath().normalize());
    }
}

package com.kpbank.lc.gateway;

import com.kpbank.lc.platform.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The hypermedia API on its own: it holds no domain state and talks to the command service and the
 * read models only through Axon's command and query buses, so it runs the same alone or composed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(GatewayApplication.class, args);
    }
}

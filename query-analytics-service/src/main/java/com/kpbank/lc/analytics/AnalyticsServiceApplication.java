package com.kpbank.lc.analytics;

import com.kpbank.lc.platform.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The analytics service on its own: projects LC events into the LC facts read model in MongoDB
 * ({@code spring.data.mongodb.uri}) and answers {@link com.kpbank.lc.api.query.FindLCFacts}.
 */
@SpringBootApplication
public class AnalyticsServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(AnalyticsServiceApplication.class, args);
    }
}

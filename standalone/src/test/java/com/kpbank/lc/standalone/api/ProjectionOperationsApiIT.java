package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator rebuilds a read model over the API, following only links and forms, while users keep
 * reading from it: the old generation answers until the new one has caught up and takes over.
 */
@ExtendWith(SharedSystem.class)
class ProjectionOperationsApiIT {

    private static final Duration REBUILD = Duration.ofMinutes(3);

    @Test
    void an_operator_rebuilds_the_search_read_model_while_it_keeps_answering(SystemUnderTest system) {
        HypermediaClient applicant = HypermediaClient.as(APPLICANT_1, system.root());
        HypermediaClient operator = HypermediaClient.as(OPERATOR, system.root());
        URI application = applicant.submit(applicant.root(), "start", Map.of("clientReference", "REBUILD-0001"))
                .location().orElseThrow();

        ApiResponse search = operator.projection("lc-search");
        String generation = search.text("generation").orElseThrow();
        assertThat(search.templates()).as("nothing is parked: only a replay is offered").containsExactly("replay");
        assertThat(operator.submit(search, "replay", Map.of()).status()).isEqualTo(202);

        await().atMost(REBUILD).until(() -> {
            assertThat(applicant.get(application).status()).as("the application is readable during the rebuild").isEqualTo(200);
            ApiResponse now = operator.get(search.uri());
            return now.text("state").equals(Optional.of("RUNNING")) && !now.text("generation").equals(Optional.of(generation));
        });
        assertThat(applicant.get(application).text("clientReference")).contains("REBUILD-0001");
    }
}

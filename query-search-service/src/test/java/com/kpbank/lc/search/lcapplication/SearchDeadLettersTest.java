package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.api.event.ApplicantChanged;
import com.kpbank.lc.api.event.BeneficiaryChanged;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.projection.DeadLetter;
import com.kpbank.lc.platform.projection.ProjectionDeadLetters;
import com.kpbank.lc.search.index.SearchReadModel;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An event the search read model cannot project is parked, and the events after it keep flowing. */
class SearchDeadLettersTest extends SearchSpringTest {

    private static final Viewer APPLICANT = Viewer.of("dead-letter-applicant", Role.APPLICANT);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private ProjectionDeadLetters deadLetters;

    @Test
    void aPoisonEventIsParkedWithTheLaterEventsOfItsApplicationWhileOthersAreProjected() {
        LCApplicationHistory poisoned = LCApplicationHistory.started(APPLICANT.name(), "POISON-1", Instant.now())
                .then(id -> new ApplicantChanged(id, null))
                .then(id -> new BeneficiaryChanged(id, LCApplicationHistory.party("Cairo Cotton", "EG")));
        LCApplicationHistory healthy = LCApplicationHistory.started(APPLICANT.name(), "HEALTHY-1", Instant.now())
                .then(id -> new BeneficiaryChanged(id, LCApplicationHistory.party("Nordic Timber", "NO")));
        eventStore.publish(poisoned.events());
        eventStore.publish(healthy.events());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(find(healthy)).hasValueSatisfying(view -> assertThat(view.version()).isEqualTo(1));
            assertThat(parked(poisoned)).hasSize(2);
        });
        assertThat(find(poisoned)).hasValueSatisfying(view -> assertThat(view.version()).isZero());
        assertThat(parked(poisoned).get(0).cause()).contains("ApplicantChanged cannot be projected", "no applicant");

        assertThat(deadLetters.drop(SearchReadModel.NAME, poisoned.events().get(1).getIdentifier())).isTrue();
        deadLetters.retry(SearchReadModel.NAME);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(find(poisoned))
                .hasValueSatisfying(view -> assertThat(view.beneficiary().name()).isEqualTo("Cairo Cotton")));
        assertThat(find(poisoned).orElseThrow().version()).isEqualTo(2);
        assertThat(parked(poisoned)).isEmpty();
    }

    private List<DeadLetter> parked(LCApplicationHistory history) {
        return deadLetters.list(SearchReadModel.NAME, 1000).stream()
                .filter(letter -> history.id().toString().equals(letter.sequence())).toList();
    }

    private Optional<LCApplicationView> find(LCApplicationHistory history) {
        return queries.query(new FindLCApplication(history.id(), APPLICANT), ResponseTypes.optionalInstanceOf(LCApplicationView.class)).join();
    }
}

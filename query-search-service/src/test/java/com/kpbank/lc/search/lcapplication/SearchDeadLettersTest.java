package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.api.event.ApplicantChanged;
import com.kpbank.lc.api.event.BeneficiaryChanged;
import com.kpbank.lc.api.event.ConditionsChanged;
import com.kpbank.lc.api.projection.ProjectionState;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Tenor;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.projection.DeadLetter;
import com.kpbank.lc.platform.projection.ProjectionDeadLetters;
import com.kpbank.lc.platform.projection.ProjectionStatusQueries;
import com.kpbank.lc.platform.projection.ReadModelRebuilds;
import com.kpbank.lc.search.index.SearchReadModel;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the search read model cannot project, or whose document Elasticsearch refuses, is parked with
 * the later events of its application, and the other applications keep flowing, live and in a rebuild.
 */
class SearchDeadLettersTest extends SearchSpringTest {

    private static final Viewer APPLICANT = Viewer.of("dead-letter-applicant", Role.APPLICANT);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private ProjectionDeadLetters deadLetters;
    @Autowired
    private ProjectionStatusQueries statuses;
    @Autowired
    private ReadModelRebuilds rebuilds;
    @Autowired
    private SearchReadModel readModel;

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

    @Test
    void anApplicationWhoseDocumentElasticsearchRefusesIsParkedWhileTheRestOfItsBatchIsProjected() {
        List<LCApplicationHistory> healthy = IntStream.range(0, 5)
                .mapToObj(i -> LCApplicationHistory.started(APPLICANT.name(), "GOOD-" + i, Instant.now())
                        .then(id -> new BeneficiaryChanged(id, LCApplicationHistory.party("Nordic Timber", "NO"))))
                .toList();
        LCApplicationHistory refused = legacyWithADateNoIndexCanHold("REFUSED-1");
        eventStore.publish(healthy.get(0).events());
        eventStore.publish(refused.events());
        healthy.subList(1, healthy.size()).forEach(history -> eventStore.publish(history.events()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            healthy.forEach(history -> assertThat(find(history)).hasValueSatisfying(view -> assertThat(view.version()).isEqualTo(1)));
            // parked from the event of the batch the store refused: the start too, if it came in that batch
            assertThat(parked(refused)).extracting(DeadLetter::eventType).contains("ConditionsChanged");
        });
        assertThat(parked(refused).get(0).cause()).contains(refused.id().toString(), "conditions.latestShipmentDate");
        assertThat(find(refused).map(LCApplicationView::conditions)).isEmpty();
        assertThat(statuses.status(SearchReadModel.NAME).state()).isNotEqualTo(ProjectionState.ERROR);

        deadLetters.retry(SearchReadModel.NAME);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.list(SearchReadModel.NAME, 1000))
                .filteredOn(letter -> refused.id().toString().equals(letter.sequence())).isNotEmpty()
                .anySatisfy(letter -> assertThat(letter.lastTouched()).isAfter(letter.enqueuedAt())));
    }

    @Test
    void inARebuildAnApplicationWhoseDocumentElasticsearchRefusesIsParkedAndTheRestIsRebuilt() {
        LCApplicationHistory refused = legacyWithADateNoIndexCanHold("REFUSED-2");
        LCApplicationHistory healthy = LCApplicationHistory.started(APPLICANT.name(), "GOOD-REBUILT", Instant.now())
                .then(id -> new BeneficiaryChanged(id, LCApplicationHistory.party("Andes Coffee", "PE")));
        eventStore.publish(refused.events());
        eventStore.publish(healthy.events());
        await().atMost(Duration.ofSeconds(30)).until(() -> find(healthy).isPresent() && !parked(refused).isEmpty());
        parked(refused).forEach(letter -> deadLetters.drop(SearchReadModel.NAME, letter.eventIdentifier()));
        String previous = readModel.liveGeneration();

        rebuilds.start(SearchReadModel.NAME);

        await().atMost(Duration.ofSeconds(60)).until(() -> readModel.generationInBuild().isEmpty() && !readModel.liveGeneration().equals(previous));
        assertThat(find(healthy)).hasValueSatisfying(view -> assertThat(view.beneficiary().name()).isEqualTo("Andes Coffee"));
        assertThat(parked(refused)).extracting(DeadLetter::eventType).contains("ConditionsChanged");
    }

    /** A legacy history, written straight into the event store: conditions with a latest shipment date beyond any index's range. */
    private static LCApplicationHistory legacyWithADateNoIndexCanHold(String clientReference) {
        return LCApplicationHistory.started(APPLICANT.name(), clientReference, Instant.now())
                .then(id -> new ConditionsChanged(id, new Conditions(Tenor.AT_SIGHT, null, false, false, LocalDate.MAX)));
    }

    private List<DeadLetter> parked(LCApplicationHistory history) {
        return deadLetters.list(SearchReadModel.NAME, 1000).stream()
                .filter(letter -> history.id().toString().equals(letter.sequence())).toList();
    }

    private Optional<LCApplicationView> find(LCApplicationHistory history) {
        return queries.query(new FindLCApplication(history.id(), APPLICANT), ResponseTypes.optionalInstanceOf(LCApplicationView.class)).join();
    }
}

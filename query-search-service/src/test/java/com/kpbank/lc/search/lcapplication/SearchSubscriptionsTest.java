package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCApplicationHistory;
import com.kpbank.lc.api.query.LCApplicationHistoryPage;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.Money;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search service, on its own, answers what the gateway's live views and read-your-writes subscribe to
 * and what its history asks: a subscription's update carries each version once it is readable, its first answer
 * crosses Axon Server, and the history tells each event with the actor its metadata names.
 */
class SearchSubscriptionsTest extends SearchSpringTest {

    private static final Viewer APPLICANT = Viewer.of("applicant-s", Role.APPLICANT);
    /** The first answer's type the gateway subscribes with: an {@code Optional} would not cross Axon Server. */
    private static final ResponseType<LCApplicationView> FIRST_ANSWER = ResponseTypes.instanceOf(LCApplicationView.class);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private LCApplicationSearchQueries searchQueries;
    @Autowired
    private Serializer serializer;

    @Test
    void a_subscriber_to_an_application_is_sent_its_version_once_the_read_model_shows_it() {
        LCApplicationHistory application = LCApplicationHistory.draft(APPLICANT.name(), "SUB-0001", "copper wire", "Andes Coffee",
                Money.of("2500.00", "EUR"), Instant.now());
        SubscriptionQueryResult<LCApplicationView, LCApplicationView> subscription = queries.subscriptionQuery(
                new FindLCApplication(application.id(), APPLICANT), FIRST_ANSWER, ResponseTypes.instanceOf(LCApplicationView.class));
        try {
            assertThat(subscription.initialResult().blockOptional(Duration.ofSeconds(10))).isEmpty();
            eventStore.publish(application.events());

            LCApplicationView shown = subscription.updates().filter(view -> view.version() == application.version())
                    .blockFirst(Duration.ofSeconds(30));
            assertThat(shown.clientReference().value()).isEqualTo("SUB-0001");
            assertThat(asAxonServerCarriesTheFirstAnswer(new FindLCApplication(application.id(), APPLICANT))).contains(shown);
            assertThat(asAxonServerCarriesTheFirstAnswer(new FindLCApplication(application.id(), Viewer.of("applicant-t", Role.APPLICANT)))).isEmpty();
        } finally {
            subscription.cancel();
        }
    }

    /**
     * The handler's answer as Axon Server carries the first answer of a subscription query: converted to the type the
     * subscriber asks for where it is handled (a direct query's answer is converted where it arrives), then serialized
     * and read back by the platform's serializer.
     */
    private Optional<LCApplicationView> asAxonServerCarriesTheFirstAnswer(FindLCApplication query) {
        SerializedObject<byte[]> carried = serializer.serialize(FIRST_ANSWER.convert(searchQueries.handle(query)), byte[].class);
        return Optional.ofNullable(serializer.deserialize(carried));
    }

    @Test
    void the_history_tells_each_event_with_its_actor_and_nothing_of_an_application_to_another_applicant() {
        LCApplicationHistory application = LCApplicationHistory.draft(APPLICANT.name(), "SUB-0002", "copper wire", "Andes Coffee",
                Money.of("2500.00", "EUR"), Instant.now());
        List<DomainEventMessage<?>> events = application.events().stream()
                .<DomainEventMessage<?>>map(event -> event.andMetaData(Actor.user(APPLICANT.name()).metaData()))
                .toList();
        eventStore.publish(events);

        LCApplicationHistoryPage history = queries.query(new FindLCApplicationHistory(application.id(), APPLICANT, PageRequest.first(100)),
                ResponseTypes.optionalInstanceOf(LCApplicationHistoryPage.class)).join().orElseThrow();
        assertThat(history.entries()).extracting(LCApplicationHistoryPage.Entry::event)
                .containsExactlyElementsOf(events.stream().map(event -> event.getPayloadType().getSimpleName()).toList());
        assertThat(history.entries()).extracting(LCApplicationHistoryPage.Entry::by).containsOnly(Actor.user(APPLICANT.name()));
        assertThat(queries.query(new FindLCApplicationHistory(application.id(), Viewer.of("applicant-t", Role.APPLICANT), PageRequest.first(100)),
                ResponseTypes.optionalInstanceOf(LCApplicationHistoryPage.class)).join()).isEmpty();
    }
}

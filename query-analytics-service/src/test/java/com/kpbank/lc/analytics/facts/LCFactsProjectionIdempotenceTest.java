package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.analytics.AnalyticsIntegrationTest;
import com.kpbank.lc.analytics.LCHistory;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Redelivered and reordered events leave the read model as one in-order delivery does. */
class LCFactsProjectionIdempotenceTest extends AnalyticsIntegrationTest {

    private static final Instant T = Instant.parse("2026-02-02T08:00:00Z");

    @Test
    void the_same_events_delivered_twice_and_out_of_order_across_applications_give_the_same_read_model() {
        List<LCHistory> inOrder = new ArrayList<>();
        List<LCHistory> reordered = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inOrder.add(story(i, LCApplicationId.newId()));
            reordered.add(story(i, LCApplicationId.newId()));
        }
        append(inOrder.toArray(LCHistory[]::new));
        append(interleavedFromLast(reordered));
        awaitProjected();

        Map<String, Document> once = liveDocuments();
        for (int i = 0; i < inOrder.size(); i++) {
            assertThat(withoutId(once.get(reordered.get(i).id().toString())))
                    .as("application %d", i).isNotNull().isEqualTo(withoutId(once.get(inOrder.get(i).id().toString())));
        }

        processor().shutDown();
        processor().resetTokens();
        processor().start();
        awaitProjected();

        assertThat(liveDocuments()).isEqualTo(once);
    }

    /** The same kind of life for the same index, whatever the application's id. */
    private static LCHistory story(int i, LCApplicationId id) {
        LCHistory history = LCHistory.started(id, T.plus(Duration.ofMinutes(7L * i)));
        if (i % 6 == 5) {
            return history;
        }
        history.submitted(Duration.ofMinutes(i), (100 + i) + ".25", i % 2 == 0 ? "USD" : "EUR", i % 3 == 0 ? "DE" : "FR");
        return switch (i % 4) {
            case 0 -> history.creditChecked(Duration.ofHours(1)).approvedBy(Duration.ofMinutes(i), DecisionMaker.AUTO_APPROVAL);
            case 1 -> history.approvedBy(Duration.ofHours(i), new DecisionMaker("manager"));
            case 2 -> history.declined(Duration.ofMinutes(30 + i));
            default -> history.cancelled(Duration.ofHours(2));
        };
    }

    /** The applications' events taken in turns, last application first: each application's own order kept. */
    private static List<DomainEventMessage<?>> interleavedFromLast(List<LCHistory> histories) {
        List<Iterator<DomainEventMessage<?>>> streams = new ArrayList<>();
        for (int i = histories.size() - 1; i >= 0; i--) {
            streams.add(histories.get(i).events().iterator());
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        while (streams.stream().anyMatch(Iterator::hasNext)) {
            streams.stream().filter(Iterator::hasNext).map(Iterator::next).forEach(events::add);
        }
        return events;
    }

    private static Map<String, Object> withoutId(Document document) {
        return document == null ? null : document.entrySet().stream().filter(field -> !field.getKey().equals("_id"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

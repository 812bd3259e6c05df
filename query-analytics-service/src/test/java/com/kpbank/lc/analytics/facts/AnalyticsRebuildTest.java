package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.analytics.AnalyticsIntegrationTest;
import com.kpbank.lc.analytics.LCHistory;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionState;
import com.kpbank.lc.api.projection.ProjectionStatus;
import com.kpbank.lc.api.projection.ReplayProjection;
import com.kpbank.lc.api.query.LCFacts;
import com.kpbank.lc.api.value.DecisionMaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A rebuild from the event history while events keep arriving and queries keep being asked. */
class AnalyticsRebuildTest extends AnalyticsIntegrationTest {

    private static final Instant T = Instant.parse("2026-04-04T07:00:00Z");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private MeterRegistry meters;

    @Test
    void a_rebuild_during_which_events_arrive_ends_equal_to_a_fresh_projection_and_queries_are_answered_throughout() {
        for (int chunk = 0; chunk < 3; chunk++) {
            List<LCHistory> histories = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                histories.add(history(chunk * 500 + i));
            }
            append(histories.toArray(LCHistory[]::new));
        }
        awaitProjected();
        long projectedBefore = applications(facts());
        String generationBefore = readModel.liveGeneration();

        ReplayProjection replay = new ReplayProjection(AnalyticsReadModel.NAME);
        commands.sendAndWait(new GenericCommandMessage<>(GenericCommandMessage.asCommandMessage(replay), replay.commandName()));
        List<LCHistory> arrivedMeanwhile = new ArrayList<>();
        List<ProjectionStatus> seenReplaying = new ArrayList<>();
        List<Double> gaugeSeen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
            LCHistory arriving = history(10_000 + arrivedMeanwhile.size());
            append(arriving);
            arrivedMeanwhile.add(arriving);
            assertThat(applications(facts())).as("the previous generation answers").isGreaterThanOrEqualTo(projectedBefore);
            ProjectionStatus status = analyticsStatus();
            if (status.state() == ProjectionState.REPLAYING && status.replay() != null) {
                seenReplaying.add(status);
                gaugeSeen.add(meters.get("lc.projection.replay.progress").tag("projection", AnalyticsReadModel.NAME).gauge().value());
            }
            return rebuilds.progress(AnalyticsReadModel.NAME).isEmpty();
        });
        awaitProjected();

        assertThat(seenReplaying).as("queries answered while replaying").isNotEmpty();
        assertThat(seenReplaying.get(0).generation()).isEqualTo(generationBefore);
        assertThat(seenReplaying.get(0).replay().eventsTotal()).isPositive();
        assertThat(gaugeSeen).allSatisfy(percent -> assertThat(percent).isBetween(0.0, 100.0));
        assertThat(readModel.liveGeneration()).isNotEqualTo(generationBefore);
        Map<String, Document> rebuiltWhileEventsArrived = liveDocuments();
        assertThat(rebuiltWhileEventsArrived).containsKeys(arrivedMeanwhile.stream().map(history -> history.id().toString()).toArray(String[]::new));

        rebuilds.start(AnalyticsReadModel.NAME);
        awaitProjected();
        assertThat(liveDocuments()).as("a fresh projection of everything").isEqualTo(rebuiltWhileEventsArrived);
    }

    private static LCHistory history(int i) {
        LCHistory history = LCHistory.started(T.plus(ofMinutes(i))).submitted(ofMinutes(3), (1000 + i) + ".00", i % 2 == 0 ? "USD" : "GBP", "DE");
        return i % 3 == 0 ? history.declined(ofMinutes(90)) : history.approvedBy(ofMinutes(45 + i % 50), DecisionMaker.AUTO_APPROVAL);
    }

    private static long applications(LCFacts facts) {
        return facts.countsPerState().values().stream().mapToLong(Long::longValue).sum();
    }

    private ProjectionStatus analyticsStatus() {
        return queries.query(new FindProjectionStatuses(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join().projections()
                .stream().filter(status -> status.name().equals(AnalyticsReadModel.NAME)).findFirst().orElseThrow();
    }
}

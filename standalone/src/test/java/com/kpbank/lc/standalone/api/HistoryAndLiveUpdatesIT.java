package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.kpbank.lc.standalone.api.DemoUser.ANALYST;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_2;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What event sourcing gives a user, over real HTTP against the standalone system (its jar, in a JVM of its
 * own, with approval reminders every two seconds so that a lifecycle meets them; {@link DistributedHistoryAndLiveUpdatesIT}
 * runs the same against the five services of the distributed deployment): the audit trail of an
 * application with who did each step, the application as it was at each step, and its live view as a
 * stream of server-sent events that a second user's action shows, and that resumes without loss.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryAndLiveUpdatesIT {

    private static final Duration REMINDER_INTERVAL = Duration.ofSeconds(2);
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final int STREAMS_PER_USER = 3;
    private static final List<String> DRAFTING = List.of("LCApplicationStarted", "ApplicantChanged", "BeneficiaryChanged",
            "AdvisingBankChanged", "LCAmountChanged", "MerchandiseChanged", "RequiredDocumentsChanged", "ConditionsChanged",
            "ExpiryDateChanged", "LCApplicationSubmitted");
    private static final List<String> REMINDED = List.of("LCApprovalPending", "LCApprovalPending", "LCApprovalPastDue");
    private static final List<String> CHECKED = List.of("ProductValueValidated", "ProductLegalityValidated", "ApplicantCreditValidated");

    /** The settings under test, the same in both deployments: reminders every two seconds, a heartbeat a second, three streams a user. */
    static final Map<String, String> SETTINGS = Map.of(
            "lc.approval-reminders.interval", REMINDER_INTERVAL.toString(),
            "lc.gateway.updates.heartbeat", "PT1S",
            "lc.gateway.updates.per-user", String.valueOf(STREAMS_PER_USER));

    private static final Map<DemoUser, HypermediaClient> users = new EnumMap<>(DemoUser.class);
    private Runnable stopSystem = () -> { };

    @BeforeAll
    void start() throws IOException {
        StandaloneProcess system = new StandaloneProcess(Files.createTempDirectory("lc-history-"),
                SETTINGS.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toList());
        system.start();
        use(system.root(), system::stop);
    }

    /** Runs the tests against the system at {@code root}, stopped by {@code stop} after them. */
    void use(URI root, Runnable stop) {
        Stream.of(DemoUser.values()).forEach(user -> users.put(user, HypermediaClient.as(user, root)));
        stopSystem = stop;
    }

    @AfterAll
    void stop() {
        stopSystem.run();
    }

    @Test
    void the_history_of_an_auto_approved_application_tells_every_step_in_order_with_who_took_it() {
        ApiResponse submitted = Drafts.submitted(client(APPLICANT_1), "HISTORY-1", "8000.00");
        awaitHistory(APPLICANT_1, submitted, DRAFTING.size() + REMINDED.size());
        ApiResponse checked = recordAllChecks(submitted);
        await().atMost(EVENTUALLY).until(() -> client(APPLICANT_1).reload(checked), seen -> seen.text("state").orElseThrow().equals("APPROVED"));

        List<JsonNode> entries = client(APPLICANT_1).history(submitted);
        List<String> expected = new ArrayList<>(DRAFTING);
        expected.addAll(REMINDED);
        expected.addAll(CHECKED);
        expected.add("LCApplicationApproved");
        assertThat(entries).extracting(entry -> entry.path("event").asText()).containsExactlyElementsOf(expected);
        assertThat(entries).extracting(entry -> entry.path("version").asLong())
                .containsExactlyElementsOf(IntStream.range(0, expected.size()).mapToObj(Long::valueOf).toList());
        assertThat(entries).extracting(HistoryAndLiveUpdatesIT::author).containsExactlyElementsOf(Stream.of(
                        Stream.generate(() -> "USER applicant-1").limit(DRAFTING.size()),
                        Stream.generate(() -> "REMINDER approval-reminder").limit(REMINDED.size()),
                        Stream.generate(() -> "USER analyst").limit(CHECKED.size()),
                        Stream.of("AUTO_APPROVAL auto-approval"))
                .flatMap(authors -> authors).toList());
        assertThat(entries).extracting(entry -> Instant.parse(entry.path("at").asText())).isSorted();
        assertThat(entries.get(4).path("data").path("amount").path("amount").asText()).isEqualTo("8000.00");

        ApiResponse firstPage = client(APPLICANT_1).follow(submitted, "history", Map.of("size", 3));
        assertThat(firstPage.json().path("page").path("totalElements").asLong()).isEqualTo(expected.size());
        assertThat(firstPage.links()).contains("self", "next", "last", "lc-application");
        assertThat(client(APPLICANT_1).follow(firstPage, "next").json().path("_embedded").path("entries").path(0).path("event").asText())
                .isEqualTo("AdvisingBankChanged");

        ApiResponse ofAnother = client(APPLICANT_2).follow(submitted, "history");
        assertThat(ofAnother.status()).isEqualTo(404);
        assertThat(ofAnother.text("type")).hasValue("/problems/not-found");

        assertThat(client(ANALYST).history(submitted)).as("the bank sees the application from its submission on, not the draft")
                .extracting(entry -> entry.path("event").asText())
                .containsExactlyElementsOf(expected.subList(DRAFTING.size() - 1, expected.size()));
    }

    @Test
    void the_application_as_of_each_step_is_what_its_users_saw_at_that_step_and_offers_no_action() {
        Map<Long, ObjectNode> seen = new LinkedHashMap<>();
        ApiResponse application = Drafts.started(client(APPLICANT_1), "AS-OF-1");
        seen.put(application.version().orElseThrow(), fields(application));
        for (Drafts.Change change : Drafts.complete("9000.00", "USD", "copper cathodes")) {
            application = act(APPLICANT_1, application, change.template(), change.values());
            seen.put(application.version().orElseThrow(), fields(application));
        }
        application = act(APPLICANT_1, application, "cancel", Drafts.reason("ordered elsewhere"));
        seen.put(application.version().orElseThrow(), fields(application));

        List<JsonNode> entries = client(APPLICANT_1).history(application);
        assertThat(entries).hasSize(seen.size());
        for (JsonNode entry : entries) {
            ApiResponse then = client(APPLICANT_1).get(asOf(application, entry.path("at").asText()));
            assertThat(then.status()).as(then.toString()).isEqualTo(200);
            assertThat(fields(then)).as("as of version " + entry.path("version")).isEqualTo(seen.get(entry.path("version").asLong()));
            assertThat(then.links()).containsExactlyInAnyOrder("self", "lc-application", "history", "updates");
            assertThat(then.templates()).isEmpty();
        }
        Instant beforeStart = Instant.parse(entries.get(0).path("at").asText()).minusMillis(1);
        ApiResponse beforeItStarted = client(APPLICANT_1).get(asOf(application, beforeStart.toString()));
        assertThat(beforeItStarted.status()).isEqualTo(404);
        ApiResponse notAnInstant = client(APPLICANT_1).get(asOf(application, "yesterday"));
        assertThat(notAnInstant.status()).isEqualTo(400);
    }

    @Test
    void a_user_watching_an_application_sees_another_users_action_with_the_links_it_may_follow_and_resumes_without_loss() {
        ApiResponse submitted = Drafts.submitted(client(APPLICANT_1), "LIVE-1", "30000.00");
        ApiResponse watched = awaitHistory(MANAGER, submitted, DRAFTING.size() + REMINDED.size());
        long current = client(MANAGER).reload(watched).version().orElseThrow();

        try (EventStream stream = client(MANAGER).stream(watched, "updates", Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            EventStream.Event first = stream.next(LIVE);
            assertThat(first.version()).isEqualTo(current);
            assertThat(first.name()).isEqualTo("lc-application");

            ApiResponse valueChecked = act(ANALYST, client(ANALYST).reload(submitted), "record-product-value-check", Drafts.approvedCheck());
            EventStream.Event change = stream.next(LIVE);
            assertThat(change.version()).isEqualTo(valueChecked.version().orElseThrow());
            ApiResponse asTheManagerSeesIt = change.representation(watched.uri());
            assertThat(asTheManagerSeesIt.json().path("productValueCheck").path("decision").asText()).isEqualTo("APPROVED");
            assertThat(asTheManagerSeesIt.links()).containsExactlyInAnyOrder("self", "history", "updates", "approve", "decline");
            assertThat(asTheManagerSeesIt.templates()).containsExactlyInAnyOrder("approve", "decline");
            await().atMost(LIVE).until(() -> !stream.comments().isEmpty());
        }

        ApiResponse legalityChecked = act(ANALYST, client(ANALYST).reload(submitted), "record-product-legality-check", Drafts.approvedCheck());
        ApiResponse creditChecked = act(ANALYST, legalityChecked, "record-applicant-credit-check", Drafts.approvedCheck());
        try (EventStream resumed = client(MANAGER).stream(watched, "updates",
                Map.of("Last-Event-ID", String.valueOf(legalityChecked.version().orElseThrow() - 1)))) {
            EventStream.Event missed = resumed.next(LIVE);
            assertThat(missed.version()).isEqualTo(legalityChecked.version().orElseThrow());
            assertThat(missed.representation(watched.uri()).links()).as("a past version offers no action")
                    .containsExactlyInAnyOrder("self", "lc-application", "history", "updates");
            EventStream.Event latest = resumed.next(LIVE);
            assertThat(latest.version()).isEqualTo(creditChecked.version().orElseThrow());
            assertThat(latest.representation(watched.uri()).links()).contains("approve", "decline");
            assertThat(resumed.hasEvent()).isFalse();
        }
    }

    @Test
    void an_analyst_watching_the_product_checks_queue_sees_a_submission_enter_it_and_leave_it_once_both_checks_are_recorded() {
        HypermediaClient analyst = client(ANALYST);
        try (EventStream queue = analyst.stream(analyst.root(), "work-queue-updates", Map.of("queue", "pending-product-validation"), Map.of())) {
            assertThat(queue.status()).isEqualTo(200);
            ApiResponse submitted = Drafts.submitted(client(APPLICANT_1), "QUEUE-1", "9000.00");
            String self = submitted.href("self").orElseThrow();
            EventStream.Event entered = queue.nextMatching(event -> self.equals(selfOf(event)), LIVE);
            assertThat(entered.name()).isEqualTo("in-queue");
            assertThat(entered.json().path("state").asText()).isEqualTo("SUBMITTED");

            ApiResponse valueChecked = act(ANALYST, analyst.reload(submitted), "record-product-value-check", Drafts.approvedCheck());
            assertThat(queue.nextMatching(event -> self.equals(selfOf(event)), LIVE).name()).as("one check to go").isEqualTo("in-queue");
            act(ANALYST, valueChecked, "record-product-legality-check", Drafts.approvedCheck());
            EventStream.Event left = queue.nextMatching(event -> self.equals(selfOf(event)) && event.name().equals("left-queue"), LIVE);
            assertThat(left.json().path("lcApplicationId").asText()).isEqualTo(submitted.text("lcApplicationId").orElseThrow());
        }
        try (EventStream notStaff = client(APPLICANT_1).stream(analyst.root(), "work-queue-updates", Map.of("queue", "pending-approval"), Map.of())) {
            assertThat(notStaff.status()).isEqualTo(403);
        }
    }

    private static String selfOf(EventStream.Event event) {
        return event.json().path("_links").path("self").path("href").asText();
    }

    @Test
    void a_managers_view_of_a_submission_ends_when_its_applicant_cancels_it() {
        ApiResponse submitted = Drafts.submitted(client(APPLICANT_1), "LIVE-3", "30000.00");
        awaitHistory(MANAGER, submitted, DRAFTING.size() + REMINDED.size());
        try (EventStream watching = client(MANAGER).stream(client(MANAGER).reload(submitted), "updates", Map.of())) {
            watching.next(LIVE);
            act(APPLICANT_1, client(APPLICANT_1).reload(submitted), "cancel", Drafts.reason("ordered elsewhere"));
            assertThat(watching.endsWithin(LIVE)).as("the stream ends once the manager may no longer see the application").isTrue();
            assertThat(watching.hasEvent()).as("nothing of the cancelled application is sent").isFalse();
        }
        try (EventStream again = client(MANAGER).stream(submitted, "updates", Map.of())) {
            assertThat(again.status()).isEqualTo(404);
        }
    }

    @Test
    void a_last_event_id_that_is_no_version_is_refused_and_one_from_the_future_starts_afresh() {
        ApiResponse draft = Drafts.started(client(APPLICANT_1), "LIVE-4");
        try (EventStream garbled = client(APPLICANT_1).stream(draft, "updates", Map.of("Last-Event-ID", "abc"))) {
            assertThat(garbled.status()).isEqualTo(400);
            assertThat(garbled.refusal()).contains("/problems/invalid-request", "Last-Event-ID");
        }
        try (EventStream fromTheFuture = client(APPLICANT_1).stream(draft, "updates", Map.of("Last-Event-ID", "999"))) {
            assertThat(fromTheFuture.next(LIVE).version()).isEqualTo(draft.version().orElseThrow());
        }
    }

    @Test
    void nobody_watches_an_application_they_may_not_see_nor_holds_more_streams_than_allowed() {
        ApiResponse draft = Drafts.started(client(APPLICANT_1), "LIVE-2");
        try (EventStream ofAnother = client(APPLICANT_2).stream(draft, "updates", Map.of())) {
            assertThat(ofAnother.status()).isEqualTo(404);
            assertThat(ofAnother.refusal()).contains("/problems/not-found");
        }
        List<EventStream> open = new ArrayList<>();
        try {
            // streams closed before (by other tests, by a try here) count until a heartbeat or two finds them gone
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
                open.forEach(EventStream::close);
                open.clear();
                for (int i = 0; i < STREAMS_PER_USER; i++) {
                    open.add(client(APPLICANT_1).stream(draft, "updates", Map.of()));
                    assertThat(open.get(i).status()).isEqualTo(200);
                }
            });
            open.forEach(stream -> stream.next(LIVE));
            try (EventStream oneTooMany = client(APPLICANT_1).stream(draft, "updates", Map.of())) {
                assertThat(oneTooMany.status()).isEqualTo(429);
                assertThat(oneTooMany.refusal()).contains("/problems/too-many-streams");
            }
        } finally {
            open.forEach(EventStream::close);
        }
        await().atMost(LIVE).untilAsserted(() -> {
            try (EventStream again = client(APPLICANT_1).stream(draft, "updates", Map.of())) {
                assertThat(again.status()).as("a closed stream counts no more, once the heartbeat finds it gone").isEqualTo(200);
            }
        });
    }

    private static URI asOf(ApiResponse application, String instant) {
        return URI.create(HypermediaClient.linkTarget(application, "self", Map.of()) + "?asOf=" + instant);
    }

    private static HypermediaClient client(DemoUser user) {
        return users.get(user);
    }

    private static String author(JsonNode entry) {
        return entry.path("by").path("kind").asText() + " " + entry.path("by").path("name").asText();
    }

    /** The application's fields, without its links and templates. */
    private static ObjectNode fields(ApiResponse representation) {
        ObjectNode fields = representation.json().deepCopy();
        fields.remove(List.of("_links", "_templates"));
        return fields;
    }

    /** The application once its history as the applicant sees it has this many entries (reminders come by themselves). */
    private static ApiResponse awaitHistory(DemoUser viewer, ApiResponse application, int entries) {
        await().atMost(EVENTUALLY).until(() -> client(APPLICANT_1).history(application).size() >= entries);
        // the history is read from the event store; the representation, and the version a task must name, from the read
        // model, which shows the last of those events a moment later
        return await().atMost(EVENTUALLY).until(() -> client(viewer).reload(application),
                seen -> seen.version().orElse(-1L) >= entries - 1);
    }

    private static ApiResponse recordAllChecks(ApiResponse submitted) {
        ApiResponse application = client(ANALYST).reload(submitted);
        for (String check : List.of("record-product-value-check", "record-product-legality-check", "record-applicant-credit-check")) {
            application = act(ANALYST, application, check, Drafts.approvedCheck());
        }
        return application;
    }

    private static ApiResponse act(DemoUser user, ApiResponse application, String template, Map<String, ?> values) {
        ApiResponse answer = client(user).submit(application, template, values);
        assertThat(answer.status()).as(template + ": " + answer).isEqualTo(200);
        return answer;
    }

}

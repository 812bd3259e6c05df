package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.kpbank.lc.standalone.api.DemoUser.ANALYST;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_2;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static com.kpbank.lc.standalone.api.DemoUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lifecycles of LC applications end to end, over real HTTP against the started standalone system,
 * by hypermedia clients that know only the root: at every step each of the five demo users is offered
 * exactly the link relations and templates API.md allows for that state and that user, or does not see
 * the application at all (404). Every action's answer, and a GET right after it, reflects the action
 * (read-your-writes); only what API.md calls eventually consistent — the auto-approval, search and
 * analytics — is awaited, with a deadline.
 */
@ExtendWith(SharedSystem.class)
class LCApplicationLifecycleApiIT {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static final Set<String> DRAFT_TASKS = Set.of("change-applicant", "change-beneficiary", "change-advising-bank",
            "change-amount", "change-merchandise", "change-documents", "change-conditions", "change-expiry-date", "submit", "cancel");
    private static final Set<String> CHECKS = Set.of("record-product-value-check", "record-product-legality-check",
            "record-applicant-credit-check");
    private static final Set<String> NOTHING = Set.of();

    private final Map<DemoUser, HypermediaClient> users = new EnumMap<>(DemoUser.class);

    LCApplicationLifecycleApiIT(SystemUnderTest system) {
        Stream.of(DemoUser.values()).forEach(user -> users.put(user, HypermediaClient.as(user, system.root())));
    }

    @Test
    void the_root_offers_the_collection_and_analytics_to_all_start_to_applicants_work_queues_to_staff_and_projections_to_operators() {
        for (DemoUser user : DemoUser.values()) {
            ApiResponse root = users.get(user).root();
            assertThat(root.status()).isEqualTo(200);
            assertMediaType(root);
            Set<String> links = new LinkedHashSet<>(List.of("self", "lc-applications", "analytics"));
            if (user == OPERATOR) {
                links.add("projections");
            }
            if (user == MANAGER || user == ANALYST) {
                links.add("work-queue-updates");
            }
            assertThat(root.links()).as(user.userName()).containsExactlyInAnyOrderElementsOf(links);
            assertThat(root.templates()).as(user.userName())
                    .isEqualTo(user == APPLICANT_1 || user == APPLICANT_2 ? Set.of("start") : NOTHING);
        }
    }

    @Test
    void a_small_application_whose_checks_all_passed_is_approved_by_the_auto_approval() {
        ApiResponse approved = autoApproved("seamless steel pipes");

        assertThat(approved.text("decidedBy")).hasValue("auto-approval");
    }

    @Test
    void an_application_above_the_auto_approval_threshold_is_approved_by_the_manager() {
        ApiResponse approved = approvedByManager();

        assertThat(approved.text("decidedBy")).hasValue(MANAGER.userName());
    }

    @Test
    void a_submitted_application_declined_by_the_manager_offers_nothing_more() {
        ApiResponse declined = declined();

        assertThat(declined.text("reason")).hasValue("beneficiary unknown to the bank");
    }

    @Test
    void a_cancelled_draft_offers_nothing_more_and_the_bank_never_sees_it() {
        ApiResponse cancelled = cancelled();

        assertThat(cancelled.text("reason")).hasValue("ordered elsewhere");
    }

    @Test
    void another_applicant_neither_sees_nor_acts_on_the_application() {
        ApiResponse draft = start(APPLICANT_1, "PRIVATE-1");

        ApiResponse seenByOther = users.get(APPLICANT_2).reload(draft);
        ApiResponse cancelledByOther = users.get(APPLICANT_2).submit(draft, "cancel", Drafts.reason("not mine"));

        for (ApiResponse refused : List.of(seenByOther, cancelledByOther)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("type")).hasValue("/problems/not-found");
        }
        assertThat(users.get(APPLICANT_1).reload(draft).text("state")).hasValue("DRAFT");
    }

    @Test
    void search_through_the_collections_templated_link_finds_an_application_by_a_misspelt_merchandise_word() {
        ApiResponse submitted = submitted(APPLICANT_1, "SEARCH-1", "9000.00", "galvanised steel pipes");
        String self = submitted.href("self").orElseThrow();

        for (DemoUser user : List.of(APPLICANT_1, MANAGER, ANALYST)) {
            HypermediaClient client = users.get(user);
            await().atMost(EVENTUALLY).untilAsserted(() -> {
                ApiResponse found = client.follow(client.root(), "lc-applications", Map.of("q", "galvanized stell pipes"));
                assertThat(found.status()).isEqualTo(200);
                assertThat(found.json().path("_embedded").path("lcApplications").findValuesAsText("href"))
                        .as(user.userName()).contains(self);
            });
        }
        HypermediaClient other = users.get(APPLICANT_2);
        ApiResponse notFound = other.follow(other.root(), "lc-applications", Map.of("q", "galvanized stell pipes"));
        assertThat(notFound.json().path("_embedded").path("lcApplications").findValuesAsText("href")).doesNotContain(self);
    }

    @Test
    void analytics_count_what_happened_as_each_viewer_may_see_it() {
        JsonNode before = caughtUpAnalytics(APPLICANT_1);
        JsonNode beforeForStaff = analytics(ANALYST);

        ApiResponse autoApproved = autoApproved("seamless steel tubes");
        approvedByManager();
        declined();
        cancelled();

        BigDecimal submittedUsd = new BigDecimal("8000.00").add(new BigDecimal("25000.00")).add(new BigDecimal("8000.00"));
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode after = analytics(APPLICANT_1);
            assertThat(countIn(after, before, "countsPerState", "APPROVED")).isEqualTo(2);
            assertThat(countIn(after, before, "countsPerState", "DECLINED")).isEqualTo(1);
            assertThat(countIn(after, before, "countsPerState", "CANCELLED")).isEqualTo(1);
            assertThat(countIn(after, before, "countsPerState", "SUBMITTED")).isZero();
            assertThat(countIn(after, before, "countsPerState", "DRAFT")).isZero();
            assertThat(after.path("autoApproved").asLong() - before.path("autoApproved").asLong()).isEqualTo(1);
            assertThat(after.path("manuallyApproved").asLong() - before.path("manuallyApproved").asLong()).isEqualTo(1);
            assertThat(countIn(after, before, "perCurrency", "USD", "count")).isEqualTo(3);
            assertThat(decimal(after, "perCurrency", "USD", "total").subtract(decimal(before, "perCurrency", "USD", "total")))
                    .isEqualByComparingTo(submittedUsd);
            assertThat(countIn(after, before, "submissionsPerBeneficiaryCountry", Drafts.BENEFICIARY_COUNTRY)).isEqualTo(3);
        });
        JsonNode afterForStaff = analytics(ANALYST);
        assertThat(countIn(afterForStaff, beforeForStaff, "countsPerState", "APPROVED")).isEqualTo(2);
        assertThat(countIn(afterForStaff, beforeForStaff, "countsPerState", "DECLINED")).isEqualTo(1);
        assertThat(afterForStaff.path("countsPerState").has("CANCELLED")).as("a cancelled draft is no fact of the bank's").isFalse();
        assertThat(afterForStaff.path("countsPerState").has("DRAFT")).isFalse();
        assertThat(autoApproved.text("state")).hasValue("APPROVED");
    }

    /** A small application through its checks to the auto-approval, checking what is offered at each step. */
    private ApiResponse autoApproved(String merchandise) {
        ApiResponse submitted = submitted(APPLICANT_1, "AUTO-1", "8000.00", merchandise);
        ApiResponse checked = recordAllChecks(submitted);
        ApiResponse approved = await().atMost(EVENTUALLY)
                .until(() -> users.get(APPLICANT_1).reload(checked), seen -> seen.text("state").orElseThrow().equals("APPROVED"));
        expectOffered(approved, Map.of(APPLICANT_1, NOTHING, MANAGER, NOTHING, ANALYST, NOTHING));
        return approved;
    }

    private ApiResponse approvedByManager() {
        ApiResponse submitted = submitted(APPLICANT_1, "MANUAL-1", "25000.00", "cold rolled steel coils");
        ApiResponse checked = recordAllChecks(submitted);
        ApiResponse approved = act(MANAGER, users.get(MANAGER).reload(checked), "approve", Map.of());
        assertThat(approved.text("state")).hasValue("APPROVED");
        expectOffered(approved, Map.of(APPLICANT_1, NOTHING, MANAGER, NOTHING, ANALYST, NOTHING));
        return approved;
    }

    private ApiResponse declined() {
        ApiResponse submitted = submitted(APPLICANT_1, "DECLINE-1", "8000.00", "copper wire");
        ApiResponse declined = act(MANAGER, users.get(MANAGER).reload(submitted), "decline",
                Drafts.reason("beneficiary unknown to the bank"));
        assertThat(declined.text("state")).hasValue("DECLINED");
        expectOffered(declined, Map.of(APPLICANT_1, NOTHING, MANAGER, NOTHING, ANALYST, NOTHING));
        return declined;
    }

    private ApiResponse cancelled() {
        ApiResponse draft = start(APPLICANT_1, "CANCEL-1");
        ApiResponse cancelled = act(APPLICANT_1, draft, "cancel", Drafts.reason("ordered elsewhere"));
        assertThat(cancelled.text("state")).hasValue("CANCELLED");
        expectOffered(cancelled, Map.of(APPLICANT_1, NOTHING));
        return cancelled;
    }

    private ApiResponse start(DemoUser applicant, String clientReference) {
        HypermediaClient client = users.get(applicant);
        ApiResponse draft = client.submit(client.root(), "start", Map.of("clientReference", clientReference));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.location()).isPresent();
        assertThat(draft.location().orElseThrow().toString()).isEqualTo(draft.href("self").orElseThrow());
        assertThat(draft.text("state")).hasValue("DRAFT");
        assertThat(draft.text("clientReference")).hasValue(clientReference);
        expectOffered(draft, Map.of(applicant, DRAFT_TASKS));
        return draft;
    }

    /** Starts a draft, completes it task by task and submits it, checking what is offered after each task. */
    private ApiResponse submitted(DemoUser applicant, String clientReference, String amount, String merchandise) {
        ApiResponse draft = start(applicant, clientReference);
        for (Drafts.Change change : Drafts.complete(amount, "USD", merchandise)) {
            draft = act(applicant, draft, change.template(), change.values());
            expectOffered(draft, Map.of(applicant, DRAFT_TASKS));
        }
        assertThat(draft.json().path("amount").path("amount").asText()).isEqualTo(amount);
        assertThat(draft.json().path("merchandise").path("items").path(0).path("description").asText()).isEqualTo(merchandise);
        ApiResponse submitted = act(applicant, draft, "submit", Map.of());
        assertThat(submitted.text("state")).hasValue("SUBMITTED");
        expectOffered(submitted, Map.of(applicant, Set.of("cancel"), MANAGER, Set.of("approve", "decline"), ANALYST, CHECKS));
        return submitted;
    }

    /** The analyst records the three checks, approving, each from the form of the application as it now is. */
    private ApiResponse recordAllChecks(ApiResponse submitted) {
        ApiResponse application = users.get(ANALYST).reload(submitted);
        Set<String> open = new LinkedHashSet<>(List.of("record-product-value-check", "record-product-legality-check",
                "record-applicant-credit-check"));
        for (String check : List.copyOf(open)) {
            application = act(ANALYST, application, check, Drafts.approvedCheck());
            open.remove(check);
            if (!open.isEmpty()) {
                expectOffered(application, Map.of(APPLICANT_1, Set.of("cancel"), MANAGER, Set.of("approve", "decline"),
                        ANALYST, Set.copyOf(open)));
            }
        }
        return application;
    }

    /**
     * Takes an action by its template and checks read-your-writes: the answer is the application after the
     * action (200 with its new ETag), and so is a GET made right after it.
     */
    private ApiResponse act(DemoUser user, ApiResponse application, String template, Map<String, ?> values) {
        HypermediaClient client = users.get(user);
        ApiResponse answer = client.submit(application, template, values);
        assertThat(answer.status()).as(template + ": " + answer).isEqualTo(200);
        assertThat(answer.etag()).isPresent().isNotEqualTo(application.etag());
        ApiResponse reread = client.reload(answer);
        assertThat(reread.version().orElseThrow()).as("read-your-writes after " + template).isGreaterThanOrEqualTo(answer.version().orElseThrow());
        return answer;
    }

    /**
     * Every demo user GETs the application: those listed see it offering exactly these actions, each as a
     * link relation (besides {@code self}, {@code history} and {@code updates}) and as a template of the same name; everyone else gets 404.
     */
    private void expectOffered(ApiResponse application, Map<DemoUser, Set<String>> offeredTo) {
        for (DemoUser user : DemoUser.values()) {
            ApiResponse seen = users.get(user).reload(application);
            if (!offeredTo.containsKey(user)) {
                assertThat(seen.status()).as(user.userName() + " must not see " + application.uri()).isEqualTo(404);
                continue;
            }
            assertThat(seen.status()).as(user.userName() + ": " + seen).isEqualTo(200);
            Set<String> links = new LinkedHashSet<>(offeredTo.get(user));
            links.addAll(List.of("self", "history", "updates"));
            assertThat(seen.links()).as(user.userName() + " links in state " + seen.text("state").orElse("?"))
                    .containsExactlyInAnyOrderElementsOf(links);
            assertThat(seen.templates()).as(user.userName() + " templates in state " + seen.text("state").orElse("?"))
                    .containsExactlyInAnyOrderElementsOf(offeredTo.get(user));
            assertMediaType(seen);
        }
    }

    /**
     * Asked for HAL-FORMS, the API answers HAL-FORMS when it offers a form and plain HAL when it offers
     * none: Spring HATEOAS falls back to HAL then, so that generic HAL clients such as HAL Explorer keep
     * their own controls for a document without forms.
     */
    private static void assertMediaType(ApiResponse representation) {
        assertThat(representation.contentType()).as(representation.uri().toString())
                .startsWith(representation.templates().isEmpty() ? "application/hal+json" : HypermediaClient.HAL_FORMS);
    }

    /** The analytics once its projection has processed every event so far, as the operator's projections show. */
    private JsonNode caughtUpAnalytics(DemoUser viewer) {
        HypermediaClient operator = users.get(OPERATOR);
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode projections = operator.follow(operator.root(), "projections").json().path("_embedded").path("projections");
            assertThat(projections.findValuesAsText("name")).contains("lc-analytics");
            projections.forEach(projection -> assertThat(projection.path("lag").asLong()).as(projection.toString()).isZero());
        });
        return analytics(viewer);
    }

    private JsonNode analytics(DemoUser viewer) {
        return users.get(viewer).follow(users.get(viewer).root(), "analytics").json();
    }

    private static long countIn(JsonNode after, JsonNode before, String... path) {
        return at(after, path).asLong() - at(before, path).asLong();
    }

    private static BigDecimal decimal(JsonNode facts, String... path) {
        JsonNode value = at(facts, path);
        return value.isMissingNode() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }

    private static JsonNode at(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            at = at.path(name);
        }
        return at;
    }
}

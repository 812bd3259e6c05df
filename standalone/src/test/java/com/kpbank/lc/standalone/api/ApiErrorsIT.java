package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.kpbank.lc.standalone.api.DemoUser.ANALYST;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_2;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static com.kpbank.lc.standalone.api.DemoUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of API.md's table against the real system over HTTP: each answers its status as a problem
 * detail ({@code application/problem+json}) of its type — the 422s with the code of the very rule the
 * command service's {@code LCApplication} refused, with the lookup data's defaults (sanctioned
 * {@code KP}, tradeable currencies without {@code AUD}, a maximum of USD 500,000).
 */
@ExtendWith(SharedSystem.class)
class ApiErrorsIT {

    private final HypermediaClient applicant;
    private final HypermediaClient otherApplicant;
    private final HypermediaClient manager;
    private final HypermediaClient analyst;
    private final HypermediaClient operator;
    private final SystemUnderTest system;

    ApiErrorsIT(SystemUnderTest system) {
        this.system = system;
        applicant = HypermediaClient.as(APPLICANT_1, system.root());
        otherApplicant = HypermediaClient.as(APPLICANT_2, system.root());
        manager = HypermediaClient.as(MANAGER, system.root());
        analyst = HypermediaClient.as(ANALYST, system.root());
        operator = HypermediaClient.as(OPERATOR, system.root());
    }

    @Test
    void invalid_fields_answer_400_naming_each_field() {
        ApiResponse refused = applicant.submitBody(draft(), "change-amount", "{\"amount\": \"-5\", \"currency\": \"usd\"}");

        assertProblem(refused, 400, "invalid-request");
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("amount", "currency");
    }

    @Test
    void malformed_json_and_wrong_types_answer_400() {
        ApiResponse draft = draft();

        ApiResponse malformed = applicant.submitBody(draft, "change-amount", "{\"amount\": ");
        ApiResponse wrongType = applicant.submitBody(draft, "change-merchandise", "{\"items\": \"many\", \"hazardous\": false}");

        assertProblem(malformed, 400, "invalid-request");
        assertThat(malformed.json().path("errors").findValuesAsText("field")).containsExactly("body");
        assertProblem(wrongType, 400, "invalid-request");
        assertThat(wrongType.json().path("errors").findValuesAsText("field")).containsExactly("items");
    }

    @Test
    void no_or_bad_credentials_answer_401() {
        String scheme = HypermediaClient.authorization(MANAGER, system.root()).split(" ")[0];
        for (HypermediaClient stranger : List.of(HypermediaClient.anonymous(system.root()),
                HypermediaClient.withCredentials(MANAGER.userName(), "not-the-password", system.root()))) {
            ApiResponse refused = stranger.root();

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).as("the challenge of the scheme the system takes")
                    .hasValue(Map.of("Basic", "Basic realm=\"LC\"", "Bearer", "Bearer").get(scheme));
        }
    }

    @Test
    void an_action_that_is_not_the_users_to_take_answers_403() {
        ApiResponse submitted = submit(completeDraft(Map.of()));
        ApiResponse seenByManager = manager.reload(submitted);

        ApiResponse cancelByManager = manager.submit(submitted, "cancel", Drafts.reason("not mine to cancel"));
        ApiResponse approveByAnalyst = analyst.submit(seenByManager, "approve", Map.of());
        ApiResponse startByManager = manager.submit(applicant.root(), "start", Map.of("clientReference", "BANK-1"));
        ApiResponse projectionsByAnalyst = analyst.follow(operator.root(), "projections");

        for (ApiResponse refused : List.of(cancelByManager, approveByAnalyst, startByManager, projectionsByAnalyst)) {
            assertProblem(refused, 403, "forbidden");
        }
        assertThat(applicant.reload(submitted).text("state")).hasValue("SUBMITTED");
    }

    @Test
    void an_application_not_visible_to_the_user_answers_404() {
        ApiResponse draft = draft();

        assertProblem(otherApplicant.reload(draft), 404, "not-found");
        assertProblem(manager.reload(draft), 404, "not-found");
        assertProblem(otherApplicant.submit(draft, "submit", Map.of()), 404, "not-found");
    }

    @Test
    void an_action_the_state_no_longer_allows_answers_409() {
        ApiResponse draft = completeDraft(Map.of());
        submit(draft);

        ApiResponse refused = applicant.submit(draft, "change-amount", Drafts.amount("7000.00", "USD"));

        assertProblem(refused, 409, "wrong-state");
    }

    @Test
    void an_action_on_a_representation_that_changed_since_answers_412() {
        ApiResponse draft = draft();
        assertThat(applicant.submit(draft, "change-amount", Drafts.amount("7000.00", "USD")).status()).isEqualTo(200);

        ApiResponse refused = applicant.submit(draft, "change-amount", Drafts.amount("7100.00", "USD"));

        assertProblem(refused, 412, "stale");
        assertThat(applicant.reload(draft).json().path("amount").path("amount").asText()).isEqualTo("7000.00");
    }

    @Test
    void a_body_above_64_kilobytes_answers_413_and_a_form_body_415() {
        ApiResponse draft = draft();
        URI cancel = HypermediaClient.linkTarget(draft, "cancel", Map.of());
        String large = "{\"reason\": \"" + "x".repeat(64 * 1024) + "\"}";

        ApiResponse tooLarge = applicant.send("POST", cancel, Map.of("Content-Type", "application/json"),
                HttpRequest.BodyPublishers.ofString(large));
        ApiResponse form = applicant.send("POST", cancel, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                HttpRequest.BodyPublishers.ofString("reason=x"));

        assertProblem(tooLarge, 413, "request-too-large");
        assertProblem(form, 415, "unsupported-media-type");
        assertThat(applicant.reload(draft).text("state")).hasValue("DRAFT");
    }

    @Test
    void a_wildcard_content_type_answers_415() {
        ApiResponse draft = draft();
        URI cancel = HypermediaClient.linkTarget(draft, "cancel", Map.of());

        for (String wildcard : List.of("*/*", "application/*")) {
            ApiResponse refused = applicant.send("POST", cancel, Map.of("Content-Type", wildcard),
                    HttpRequest.BodyPublishers.ofString("{\"reason\": \"changed our mind\"}"));
            assertProblem(refused, 415, "unsupported-media-type");
        }
        assertThat(applicant.reload(draft).text("state")).hasValue("DRAFT");
    }

    @Test
    void a_beneficiary_in_a_sanctioned_country_answers_422() {
        assertProblem(applicant.submit(draft(), "change-beneficiary", Drafts.party("KP")), 422, "sanctioned-country");
    }

    @Test
    void beneficiary_and_applicant_in_the_same_country_answer_422() {
        ApiResponse draft = act(draft(), "change-applicant", Drafts.party("FR"));

        assertProblem(applicant.submit(draft, "change-beneficiary", Drafts.party("FR")), 422, "same-country-parties");
    }

    @Test
    void a_currency_that_is_not_tradeable_answers_422() {
        assertProblem(applicant.submit(draft(), "change-amount", Drafts.amount("5000.00", "AUD")), 422, "currency-not-tradeable");
    }

    @Test
    void an_amount_above_the_maximum_lc_value_answers_422() {
        assertProblem(applicant.submit(draft(), "change-amount", Drafts.amount("500000.01", "USD")), 422, "amount-above-maximum");
    }

    @Test
    void a_deferred_tenor_without_days_answers_422() {
        Map<String, Object> deferred = Map.of("tenor", "DEFERRED", "latestShipmentDate", LocalDate.now().plusMonths(2).toString());

        assertProblem(applicant.submit(draft(), "change-conditions", deferred), 422, "deferred-tenor-needs-days");
    }

    @Test
    void an_expiry_date_not_in_the_future_answers_422() {
        ApiResponse refused = applicant.submit(draft(), "change-expiry-date", Drafts.expiryDate(LocalDate.now().minusDays(1)));

        assertProblem(refused, 422, "expiry-date-not-in-future");
    }

    @Test
    void submitting_an_incomplete_application_answers_422() {
        assertProblem(applicant.submit(draft(), "submit", Map.of()), 422, "incomplete-application");
    }

    @Test
    void submitting_without_a_certificate_of_origin_answers_422() {
        ApiResponse draft = completeDraft(Map.of("change-documents", Map.of("documents", List.of("COMMERCIAL_INVOICE"))));

        assertProblem(applicant.submit(draft, "submit", Map.of()), 422, "certificate-of-origin-required");
    }

    @Test
    void submitting_with_the_advising_bank_outside_the_beneficiarys_country_answers_422() {
        ApiResponse draft = completeDraft(Map.of("change-advising-bank", Drafts.advisingBank("FR")));

        assertProblem(applicant.submit(draft, "submit", Map.of()), 422, "advising-bank-country-mismatch");
    }

    @Test
    void submitting_with_the_expiry_before_the_latest_shipment_answers_422() {
        ApiResponse draft = completeDraft(Map.of("change-conditions", Drafts.conditions(LocalDate.now().plusMonths(4))));

        assertProblem(applicant.submit(draft, "submit", Map.of()), 422, "expiry-before-shipment");
    }

    private ApiResponse draft() {
        ApiResponse draft = applicant.submit(applicant.root(), "start", Map.of("clientReference", "ERRORS-1"));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        return draft;
    }

    /** A draft with every change task taken, those named replaced by the values given. */
    private ApiResponse completeDraft(Map<String, Map<String, ?>> replaced) {
        ApiResponse draft = draft();
        for (Drafts.Change change : Drafts.complete("9500.00", "USD", "steel pipes")) {
            draft = act(draft, change.template(), replaced.getOrDefault(change.template(), change.values()));
        }
        return draft;
    }

    private ApiResponse submit(ApiResponse draft) {
        return act(draft, "submit", Map.of());
    }

    private ApiResponse act(ApiResponse application, String template, Map<String, ?> values) {
        ApiResponse answer = applicant.submit(application, template, values);
        assertThat(answer.status()).as(template + ": " + answer).isEqualTo(200);
        return answer;
    }

    static void assertProblem(ApiResponse response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.text("type")).as(response.toString()).hasValue("/problems/" + type);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
    }
}

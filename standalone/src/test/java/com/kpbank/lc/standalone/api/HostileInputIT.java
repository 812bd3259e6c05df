package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.kpbank.lc.standalone.api.ApiErrorsIT.assertProblem;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_2;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static com.kpbank.lc.standalone.api.DemoUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The defects that hostile requests found in the API, one test each, against the started system over
 * HTTP: a value no store can hold, a number that costs seconds to refuse, values whose type the binder
 * changed, facts of other applicants' drafts, metrics for anyone, a health that lied, paging past what
 * the search serves, error pages that were not problem details, forms named {@code default}.
 */
@ExtendWith(SharedSystem.class)
class HostileInputIT {

    private final SystemUnderTest system;
    private final HypermediaClient applicant;
    private final HypermediaClient operator;

    HostileInputIT(SystemUnderTest system) {
        this.system = system;
        applicant = HypermediaClient.as(APPLICANT_1, system.root());
        operator = HypermediaClient.as(OPERATOR, system.root());
    }

    @Test
    void a_date_no_store_can_hold_is_refused_and_the_search_keeps_serving() {
        ApiResponse draft = draft("HOSTILE-DATE");

        ApiResponse refused = applicant.submitBody(draft, "change-conditions", conditions("\"+999999999-12-31\""));

        assertProblem(refused, 400, "invalid-request");
        assertThat(fields(refused)).containsExactly("latestShipmentDate");
        ApiResponse changed = applicant.submit(draft, "change-amount", Drafts.amount("1200.00", "USD"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(operator.follow(operator.root(), "projections").json().findValuesAsText("state")).doesNotContain("ERROR");
    }

    @Test
    void an_amount_of_a_huge_exponent_is_refused_as_a_field_error() {
        ApiResponse draft = draft("HOSTILE-EXPONENT");

        for (String amount : List.of("\"1e10000000\"", "1e10000000", "\"9999999999999.999\"", "\"12345678901234\"", "12500")) {
            ApiResponse refused = applicant.submitBody(draft, "change-amount", "{\"amount\": " + amount + ", \"currency\": \"USD\"}");

            assertProblem(refused, 400, "invalid-request");
            assertThat(fields(refused)).as(amount).containsExactly("amount");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a fractional quantity is not rounded     | change-merchandise | {\"items\":[{\"description\":\"Lathe\",\"quantity\":1.9,\"unit\":\"piece\"}],\"hazardous\":false} | items[0].quantity",
            "a number is not a date of epoch days     | change-expiry-date | {\"expiryDate\":20270101}                                                                 | expiryDate",
            "a number is not a name                   | change-merchandise | {\"items\":[{\"description\":123,\"quantity\":1,\"unit\":\"piece\"}],\"hazardous\":false}   | items[0].description",
            "a boolean is not a text                  | change-amount      | {\"amount\":\"5.00\",\"currency\":true}                                                   | currency",
            "a text is not a flag                     | change-merchandise | {\"items\":[{\"description\":\"Lathe\",\"quantity\":1,\"unit\":\"piece\"}],\"hazardous\":\"false\"} | hazardous",
            "null is not a flag                       | change-merchandise | {\"items\":[{\"description\":\"Lathe\",\"quantity\":1,\"unit\":\"piece\"}],\"hazardous\":null} | hazardous",
            "a text is not a count                    | change-merchandise | {\"items\":[{\"description\":\"Lathe\",\"quantity\":\"2\",\"unit\":\"piece\"}],\"hazardous\":false} | items[0].quantity",
            "a duplicate key is refused, not the last | change-amount      | {\"amount\":\"5.00\",\"currency\":\"USD\",\"amount\":\"6.00\"}                           | amount",
            "an unknown field is refused, not dropped | change-amount      | {\"amount\":\"5.00\",\"currency\":\"USD\",\"discount\":\"1.00\"}                         | discount",
            "a date is written yyyy-MM-dd only        | change-expiry-date | {\"expiryDate\":\"2027-1-31\"}                                                            | expiryDate"})
    void no_value_changes_its_type_or_is_dropped_on_the_way_in(String rule, String template, String body, String field) {
        ApiResponse refused = applicant.submitBody(draft("HOSTILE-TYPES"), template, body);

        assertProblem(refused, 400, "invalid-request");
        assertThat(fields(refused)).containsExactly(field);
    }

    @Test
    void nobody_learns_of_another_applicants_drafts_from_the_analytics() {
        HypermediaClient otherApplicant = HypermediaClient.as(APPLICANT_2, system.root());
        HypermediaClient manager = HypermediaClient.as(MANAGER, system.root());
        JsonNode othersBefore = analytics(otherApplicant).path("countsPerState");
        long ownDraftsBefore = analytics(applicant).path("countsPerState").path("DRAFT").asLong();

        draft("HOSTILE-ANALYTICS");

        await().atMost(Duration.ofSeconds(30)).until(() -> analytics(applicant).path("countsPerState").path("DRAFT").asLong() == ownDraftsBefore + 1);
        assertThat(analytics(otherApplicant).path("countsPerState")).isEqualTo(othersBefore);
        assertThat(analytics(manager).path("countsPerState").has("DRAFT")).isFalse();
        assertThat(analytics(operator).path("countsPerState").has("DRAFT")).isFalse();
    }

    @Test
    void metrics_are_for_operators_and_health_is_up_and_says_nothing_more() {
        for (String metrics : List.of("actuator/prometheus", "actuator/metrics")) {
            assertProblem(actuator(applicant, metrics), 403, "forbidden");
            assertThat(actuator(operator, metrics).status()).isEqualTo(200);
        }
        ApiResponse health = actuator(HypermediaClient.anonymous(system.root()), "actuator/health");

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().size()).isEqualTo(1);
    }

    @Test
    void paging_beyond_the_search_window_is_a_field_error() {
        ApiResponse refused = applicant.get(system.root().resolve("lc-applications?page=100&size=100"));

        assertProblem(refused, 400, "invalid-request");
        assertThat(fields(refused)).containsExactly("page");
        assertThat(applicant.get(system.root().resolve("lc-applications?page=99&size=100")).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "an encoded NUL in the path,   lc-applications/%00",
            "an encoded slash in the path, lc-applications/a%2Fb",
            "a semicolon in the path,      projections;x=1",
            "a backslash in the path,      lc-applications/%5C"})
    void a_path_the_server_refuses_is_a_problem_detail_even_for_a_valid_user(String what, String path) {
        assertProblem(operator.get(URI.create(system.root() + path)), 400, "invalid-request");
    }

    @Test
    void a_request_line_or_header_above_the_servers_limits_is_a_problem_detail() {
        ApiResponse longLine = applicant.get(system.root().resolve("lc-applications?q=" + "x".repeat(9_000)));
        ApiResponse largeHeader = applicant.send("GET", system.root(), Map.of("X-Padding", "x".repeat(20_000)),
                HttpRequest.BodyPublishers.noBody());

        assertProblem(longLine, 400, "invalid-request");
        assertProblem(largeHeader, 400, "invalid-request");
    }

    @Test
    void an_error_outside_the_api_s_own_handlers_is_a_problem_detail_too() {
        ApiResponse notAllowed = applicant.send("DELETE", system.root().resolve("explorer"), Map.of("Accept", "text/html"),
                HttpRequest.BodyPublishers.noBody());

        assertProblem(notAllowed, 405, "method-not-allowed");
    }

    @Test
    void the_projections_embedded_name_their_template_replay() {
        ApiResponse projections = operator.follow(operator.root(), "projections");

        JsonNode items = projections.json().path("_embedded").path("projections");
        assertThat(items).isNotEmpty();
        items.forEach(item -> assertThat(item.path("_templates").fieldNames()).toIterable().contains("replay").doesNotContain("default"));
    }

    private ApiResponse draft(String clientReference) {
        ApiResponse draft = applicant.submit(applicant.root(), "start", Map.of("clientReference", clientReference));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        return draft;
    }

    private ApiResponse actuator(HypermediaClient user, String endpoint) {
        return user.send("GET", system.root().resolve(endpoint), Map.of("Accept", "*/*"), HttpRequest.BodyPublishers.noBody());
    }

    private JsonNode analytics(HypermediaClient user) {
        return user.follow(user.root(), "analytics").json();
    }

    private static String conditions(String latestShipmentDate) {
        return "{\"tenor\":\"AT_SIGHT\",\"partialShipmentsAllowed\":false,\"transshipmentAllowed\":false,\"latestShipmentDate\":"
                + latestShipmentDate + "}";
    }

    private static List<String> fields(ApiResponse problem) {
        return problem.json().path("errors").findValuesAsText("field");
    }
}

package com.kpbank.lc.gateway;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.gateway.lcapplication.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.restdocs.AutoConfigureRestDocs;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.hateoas.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.operation.preprocess.Preprocessors.prettyPrint;
import static org.springframework.restdocs.operation.preprocess.Preprocessors.preprocessResponse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/**
 * The API of API.md over HTTP, with the command service and the read model stood in for on Axon's
 * local buses ({@link LcServicesStandIn}); also writes the REST Docs snippets of the documentation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureRestDocs
@ActiveProfiles("standalone")
@DirtiesContext // closes its file database before its data directory is deleted
class GatewayApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** A data directory of its own for each run: a file database left by an earlier run is no state to start from. */
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lc.data-dir", dataDir::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    LcServicesStandIn services;
    @Autowired
    UserDetailsService demoUsers;
    @Autowired
    PasswordEncoder passwords;

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)).accept(MediaTypes.HAL_FORMS_JSON));
    }

    private static MockHttpServletRequestBuilder postJson(String uri, String body) {
        return post(uri).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String uriOf(LCApplicationView application) {
        return "/lc-applications/" + application.lcApplicationId();
    }

    private LCApplicationView submittedOf(String applicant) {
        return services.seed(Views.inState(Views.draftOf(applicant), LCState.SUBMITTED));
    }

    @Test
    void the_root_offers_an_applicant_the_applications_analytics_and_the_start_form() throws Exception {
        as("applicant-1", get("/"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._links.self.href").value("http://localhost:8080/"))
                .andExpect(jsonPath("$._links.lc-applications.href").value("http://localhost:8080/lc-applications{?q,state,page,size}"))
                .andExpect(jsonPath("$._links.lc-applications.templated").value(true))
                .andExpect(jsonPath("$._links.analytics.href").value("http://localhost:8080/analytics"))
                .andExpect(jsonPath("$._links.projections").doesNotExist())
                .andExpect(jsonPath("$._templates.start.method").value("POST"))
                .andExpect(jsonPath("$._templates.start.title").value("Start a new LC application"))
                .andExpect(jsonPath("$._templates.start.target").value("http://localhost:8080/lc-applications"))
                .andExpect(jsonPath("$._templates.start.properties[0].name").value("clientReference"))
                .andExpect(jsonPath("$._templates.start.properties[0].required").value(true))
                .andExpect(jsonPath("$._templates.start.properties[0].minLength").value(4))
                .andExpect(jsonPath("$._templates.start.properties[0].maxLength").value(35))
                .andDo(document("root", preprocessResponse(prettyPrint())));
    }

    @Test
    void the_root_offers_projections_to_operators_and_start_to_nobody_but_applicants() throws Exception {
        as("operator", get("/"))
                .andExpect(jsonPath("$._links.projections.href").value("http://localhost:8080/projections"))
                .andExpect(jsonPath("$._templates").doesNotExist());
        as("manager", get("/")).andExpect(jsonPath("$._links.projections").doesNotExist());
    }

    /** The root's links are built once for each address and set of roles: one address's may not answer another's. */
    @Test
    void the_root_links_to_the_address_it_is_reached_at() throws Exception {
        as("applicant-1", get("/")).andExpect(jsonPath("$._links.self.href").value("http://localhost:8080/"));
        as("applicant-2", get("/lc/").contextPath("/lc"))
                .andExpect(jsonPath("$._links.self.href").value("http://localhost:8080/lc/"))
                .andExpect(jsonPath("$._links.analytics.href").value("http://localhost:8080/lc/analytics"))
                .andExpect(jsonPath("$._templates.start.target").value("http://localhost:8080/lc/lc-applications"));
        as("applicant-1", get("/")).andExpect(jsonPath("$._templates.start.target").value("http://localhost:8080/lc-applications"));
    }

    @Test
    void start_answers_201_with_the_location_and_a_retry_with_the_same_key_the_same_application() throws Exception {
        String key = UUID.randomUUID().toString();
        String location = as("applicant-1", postJson("/lc-applications", "{\"clientReference\": \"PO-2026-001\"}").header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.clientReference").value("PO-2026-001"))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andDo(document("start", preprocessResponse(prettyPrint())))
                .andReturn().getResponse().getHeader("Location");
        assertThatLocationIsAnApplication(location);

        as("applicant-1", postJson("/lc-applications", "{\"clientReference\": \"PO-2026-001\"}").header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", location));
        as("applicant-2", postJson("/lc-applications", "{\"clientReference\": \"PO-2026-001\"}").header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", not(location)));
    }

    private static void assertThatLocationIsAnApplication(String location) {
        org.assertj.core.api.Assertions.assertThat(location).matches("http://localhost:8080/lc-applications/[0-9a-f-]{36}");
    }

    @Test
    void a_draft_offers_its_applicant_every_change_submit_and_cancel_as_links_and_templates() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        List<String> actions = List.of("change-applicant", "change-beneficiary", "change-advising-bank", "change-amount",
                "change-merchandise", "change-documents", "change-conditions", "change-expiry-date", "submit", "cancel");
        ResultActions response = as("applicant-1", get(uriOf(draft)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.lcApplicationId").value(draft.lcApplicationId().toString()))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$._links.self.href").value("http://localhost:8080" + uriOf(draft)))
                .andExpect(jsonPath("$._links.length()").value(actions.size() + 3))
                .andExpect(jsonPath("$._links.history.href").value("http://localhost:8080" + uriOf(draft) + "/history{?page,size}"))
                .andExpect(jsonPath("$._links.history.templated").value(true))
                .andExpect(jsonPath("$._links.updates.href").value("http://localhost:8080" + uriOf(draft) + "/updates"))
                .andExpect(jsonPath("$._templates.length()").value(actions.size()))
                .andExpect(jsonPath("$._templates.default").doesNotExist());
        for (String action : actions) {
            response.andExpect(jsonPath("$._links." + action + ".href").value("http://localhost:8080" + uriOf(draft) + "/" + action))
                    .andExpect(jsonPath("$._templates." + action + ".method").value("POST"))
                    .andExpect(jsonPath("$._templates." + action + ".target").value("http://localhost:8080" + uriOf(draft) + "/" + action));
        }
        response.andDo(document("application", preprocessResponse(prettyPrint())));
    }

    @Test
    void templates_carry_the_constraints_and_options_of_their_fields() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        as("applicant-1", get(uriOf(draft)))
                .andExpect(jsonPath("$._templates.change-amount.properties[?(@.name=='currency')].options.inline[*]", contains("CHF", "EUR", "USD")))
                .andExpect(jsonPath("$._templates.change-amount.properties[?(@.name=='amount')].required", contains(true)))
                .andExpect(jsonPath("$._templates.change-amount.properties[?(@.name=='tolerancePercent')].min", contains(0)))
                .andExpect(jsonPath("$._templates.change-amount.properties[?(@.name=='tolerancePercent')].max", contains(10)))
                .andExpect(jsonPath("$._templates.change-beneficiary.properties[*].name",
                        containsInAnyOrder("name", "address.street", "address.city", "address.postalCode", "address.country")))
                .andExpect(jsonPath("$._templates.change-beneficiary.properties[?(@.name=='name')].maxLength", contains(70)))
                .andExpect(jsonPath("$._templates.change-beneficiary.properties[?(@.name=='address.country')].options.inline[*]", contains("CH", "DE", "GB", "US")))
                .andExpect(jsonPath("$._templates.change-advising-bank.properties[?(@.name=='bic')].regex", contains("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")))
                .andExpect(jsonPath("$._templates.change-documents.properties[?(@.name=='documents')].options.inline[*]", hasItem("CERTIFICATE_OF_ORIGIN")))
                .andExpect(jsonPath("$._templates.change-conditions.properties[?(@.name=='tenor')].options.inline[*]", contains("AT_SIGHT", "DEFERRED")))
                .andExpect(jsonPath("$._templates.change-conditions.properties[?(@.name=='deferredDays')].max", contains(360)))
                .andExpect(jsonPath("$._templates.change-expiry-date.properties[?(@.name=='expiryDate')].type", contains("date")))
                .andExpect(jsonPath("$._templates.cancel.properties[?(@.name=='reason')].prompt", contains("Reason")));
    }

    @Test
    void a_submitted_application_offers_a_manager_approve_and_decline_and_an_analyst_the_checks() throws Exception {
        LCApplicationView submitted = submittedOf("applicant-1");
        as("manager", get(uriOf(submitted)))
                .andExpect(jsonPath("$._templates.length()").value(2))
                .andExpect(jsonPath("$._templates.approve.method").value("POST"))
                .andExpect(jsonPath("$._templates.decline.properties[0].name").value("reason"));
        as("analyst", get(uriOf(submitted)))
                .andExpect(jsonPath("$._links.record-product-value-check").exists())
                .andExpect(jsonPath("$._links.record-product-legality-check").exists())
                .andExpect(jsonPath("$._links.record-applicant-credit-check").exists())
                .andExpect(jsonPath("$._templates.record-product-value-check.properties[?(@.name=='decision')].options.inline[*]",
                        contains("APPROVED", "REJECTED")));
        as("applicant-1", get(uriOf(submitted)))
                .andExpect(jsonPath("$._links.cancel").exists())
                .andExpect(jsonPath("$._templates.length()").value(1));
    }

    @Test
    void an_action_answers_the_new_representation_and_a_get_right_after_reflects_it() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{\"amount\": \"12500.00\", \"currency\": \"USD\"}").header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.amount.amount").value("12500.00"))
                .andDo(document("change-amount", preprocessResponse(prettyPrint())));
        as("applicant-1", get(uriOf(draft)))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.amount.currency").value("USD"));
    }

    @Test
    void an_action_applied_while_the_read_model_is_down_answers_202_with_its_location() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        services.readModelDiesAfterTheNextCommand();
        try {
            as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{\"amount\": \"12500.00\", \"currency\": \"USD\"}"))
                    .andExpect(status().isAccepted())
                    .andExpect(header().string("Location", "http://localhost:8080" + uriOf(draft)));
            assertThat(services.application(draft.lcApplicationId()).orElseThrow().version()).isEqualTo(1);
            as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{\"amount\": \"13000.00\", \"currency\": \"USD\"}"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.detail").value(containsString("the action was not applied")));
        } finally {
            services.readModelIsBack();
        }
    }

    @Test
    void an_analyst_records_a_check_through_the_intake() throws Exception {
        LCApplicationView submitted = submittedOf("applicant-1");
        as("analyst", postJson(uriOf(submitted) + "/record-product-value-check", "{\"decision\": \"APPROVED\", \"remarks\": \"fair price\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productValueCheck.decision").value("APPROVED"))
                .andExpect(jsonPath("$._links.record-product-value-check").doesNotExist())
                .andExpect(jsonPath("$._links.record-product-legality-check").exists());
    }

    @Test
    void the_collection_embeds_the_applications_with_their_links_and_pages() throws Exception {
        String owner = "applicant-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            services.seed(Views.draftOf(owner));
        }
        mvc.perform(get("/lc-applications?page=1&size=1").with(httpBasic("manager", "manager")).accept(MediaTypes.HAL_FORMS_JSON))
                .andExpect(status().isOk());
        as("applicant-1", get("/lc-applications?page=0&size=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.lcApplications.length()").value(1))
                .andExpect(jsonPath("$._embedded.lcApplications[0]._links.self.href").exists())
                .andExpect(jsonPath("$._embedded.lcApplications[0].applicantId").value("applicant-1"))
                .andExpect(jsonPath("$.page.size").value(1))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements").isNumber())
                .andExpect(jsonPath("$._links.self.href").exists())
                .andExpect(jsonPath("$._links.first.href").value(containsString("page=0")))
                .andExpect(jsonPath("$._links.prev").doesNotExist())
                .andExpect(jsonPath("$._links.next.href").value(containsString("page=1")))
                .andExpect(jsonPath("$._links.last.href").exists())
                .andExpect(jsonPath("$._templates.start.method").value("POST"))
                .andDo(document("collection", preprocessResponse(prettyPrint())));
    }

    @Test
    void a_search_nobody_matches_is_an_empty_page() throws Exception {
        as("manager", get("/lc-applications?q=nothing-matches-this&state=APPROVED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.lcApplications.length()").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }

    // --- errors, one per row of API.md

    @Test
    void malformed_json_is_an_invalid_request() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{\"amount\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void a_value_of_the_wrong_type_is_an_invalid_request_naming_the_field() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        as("applicant-1", postJson(uriOf(draft) + "/change-expiry-date", "{\"expiryDate\": \"next tuesday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiryDate"));
    }

    @Test
    void failed_field_validation_is_an_invalid_request_with_every_field_at_fault() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        as("applicant-1", postJson(uriOf(draft) + "/change-beneficiary",
                "{\"name\": \"\", \"address\": {\"street\": \"1 Main St\", \"city\": \"Zurich\", \"postalCode\": \"8001\", \"country\": \"XX\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "address.country")));
        as("applicant-1", postJson("/lc-applications", "{\"clientReference\": \"ab\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientReference"));
    }

    @Test
    void bad_parameters_are_invalid_requests() throws Exception {
        as("applicant-1", get("/lc-applications/not-a-uuid")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        as("applicant-1", get("/lc-applications?size=1000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        as("applicant-1", get("/lc-applications?state=LOST")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        as("applicant-1", get("/lc-applications?page=abc")).andExpect(status().isBadRequest());
    }

    @Test
    void the_command_services_structural_refusal_is_an_invalid_request() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        services.refuseNextCommand(new CommandRefusal(CommandRefusal.INVALID_COMMAND, "invalid",
                List.of(new CommandRefusal.FieldViolation("amount.amount", "must be positive"))));
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{\"amount\": \"1.00\", \"currency\": \"USD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount.amount"));
    }

    @Test
    void no_or_bad_credentials_are_unauthorized() throws Exception {
        mvc.perform(get("/")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        mvc.perform(get("/").with(httpBasic("applicant-1", "wrong"))).andExpect(status().isUnauthorized());
    }

    /** Spring Security's default encoder would upgrade a demo password to bcrypt on its first login and hash every request after it. */
    @Test
    void checking_a_demo_password_costs_no_hash() throws Exception {
        as("applicant-2", get("/")).andExpect(status().isOk());
        as("applicant-2", get("/")).andExpect(status().isOk());
        assertThat(demoUsers.loadUserByUsername("applicant-2").getPassword()).isEqualTo("{noop}applicant-2");
        // what an unknown user is checked against, so that it takes as long as a known one
        assertThat(passwords.encode("userNotFoundPassword")).isEqualTo("{noop}userNotFoundPassword");
    }

    @Test
    void an_action_not_theirs_is_forbidden() throws Exception {
        LCApplicationView submitted = submittedOf("applicant-1");
        as("applicant-1", postJson(uriOf(submitted) + "/approve", "{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        as("manager", postJson("/lc-applications", "{\"clientReference\": \"PO-2026-001\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void parked_events_offer_operators_to_retry_or_drop_them() throws Exception {
        as("operator", get("/projections/lc-search"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadLetters").value(1))
                .andExpect(jsonPath("$._templates.replay.method").value("POST"))
                .andExpect(jsonPath("$._templates.retry-dead-letters.target").value("http://localhost:8080/projections/lc-search/retry-dead-letters"))
                .andExpect(jsonPath("$._templates.drop-dead-letter.properties[0].name").value("eventIdentifier"))
                .andExpect(jsonPath("$._templates.drop-dead-letter.properties[0].required").value(true));
        as("operator", postJson("/projections/lc-search/drop-dead-letter", "{\"eventIdentifier\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-request"));
    }

    @Test
    void projections_are_forbidden_to_anyone_but_operators() throws Exception {
        as("applicant-1", get("/projections")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
    }

    @Test
    void another_applicants_application_is_not_found() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        as("applicant-2", get(uriOf(draft))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        as("manager", get(uriOf(draft))).andExpect(status().isNotFound());
        as("applicant-1", get("/lc-applications/" + UUID.randomUUID())).andExpect(status().isNotFound());
        as("applicant-2", postJson(uriOf(draft) + "/submit", "{}")).andExpect(status().isNotFound());
    }

    @Test
    void an_action_in_the_wrong_state_is_a_conflict() throws Exception {
        LCApplicationView submitted = submittedOf("applicant-1");
        as("applicant-1", postJson(uriOf(submitted) + "/change-amount", "{\"amount\": \"10.00\", \"currency\": \"USD\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/wrong-state"));
    }

    /** A weak tag never matches (RFC 9110), not even the current version's. */
    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "W/\"3\""})
    void a_stale_or_weak_if_match_is_a_failed_precondition(String ifMatch) throws Exception {
        LCApplicationView draft = services.seed(Views.with(Views.draftOf("applicant-1"), java.util.Map.of("version", 3L)));
        as("applicant-1", postJson(uriOf(draft) + "/submit", "{}").header("If-Match", ifMatch))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.type").value("/problems/stale"));
        services.refuseNextCommand(CommandRefusal.of(CommandRefusal.STALE, "changed meanwhile"));
        as("applicant-1", postJson(uriOf(draft) + "/submit", "{}").header("If-Match", "\"3\""))
                .andExpect(status().isPreconditionFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sanctioned-country", "currency-not-tradeable", "amount-above-maximum", "incomplete-application",
            "advising-bank-country-mismatch", "same-country-parties", "expiry-before-shipment", "expiry-not-in-future"})
    void a_broken_business_rule_is_unprocessable_with_its_own_problem_type(String rule) throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        services.refuseNextCommand(CommandRefusal.of(rule, "refused: " + rule));
        as("applicant-1", postJson(uriOf(draft) + "/submit", "{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/" + rule))
                .andExpect(jsonPath("$.detail").value("refused: " + rule));
    }

    @Test
    void a_check_already_recorded_is_a_conflict() throws Exception {
        LCApplicationView submitted = submittedOf("applicant-1");
        services.refuseNextCommand(CommandRefusal.of("check-already-recorded", "recorded meanwhile"));
        as("analyst", postJson(uriOf(submitted) + "/record-product-value-check", "{\"decision\": \"REJECTED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/check-already-recorded"));
    }

    @Test
    void no_ordinary_bad_request_is_a_server_error() throws Exception {
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        as("applicant-1", get("/no/such/route")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        as("applicant-1", delete(uriOf(draft))).andExpect(status().isMethodNotAllowed());
        as("applicant-1", post("/lc-applications").contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(status().isUnsupportedMediaType());
        as("analyst", post("/lc-applications").contentType("application/json; charset=UTF-16").header("Idempotency-Key", "")
                .content("{\"clientReference\": 1, \"clientReference\": \"dup\", \"7kMk`ct[p\": []}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"));
        as("applicant-1", post("/lc-applications").contentType("application/json; charset=utf-8")
                .content("{\"clientReference\": \"PO-UTF8-0001\"}")).andExpect(status().isCreated());
        as("applicant-1", postJson(uriOf(draft) + "/no-such-action", "{}")).andExpect(status().isNotFound());
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "[1, 2]")).andExpect(status().isBadRequest());
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "\"text\"")).andExpect(status().isBadRequest());
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{\"amount\": \"x\" }")).andExpect(status().isBadRequest());
        as("applicant-1", postJson(uriOf(draft) + "/change-documents", "{\"documents\": [\"PASSPORT\"]}")).andExpect(status().isBadRequest());
        as("applicant-1", postJson(uriOf(draft) + "/change-merchandise", "{\"items\": [null]}")).andExpect(status().isBadRequest());
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{}").header("If-Match", "garbage")).andExpect(status().isBadRequest());
        as("applicant-1", postJson(uriOf(draft) + "/change-amount", "{\"amount\": \"" + "9".repeat(100_000) + "\", \"currency\": \"USD\"}"))
                .andExpect(status().is4xxClientError());
    }
}

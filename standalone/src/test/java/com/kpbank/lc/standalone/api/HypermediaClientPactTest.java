package com.kpbank.lc.standalone.api;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

import static com.kpbank.lc.standalone.api.DemoUser.ANALYST;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_2;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the API, as the hypermedia client of the end-to-end tests relies on it: given only the
 * root, it starts a draft from the root's form, changes it through the draft's form (its method, target and content
 * type) with the draft's ETag, meets a
 * stale version and a value out of bounds as problem details, lists the applicant's applications, and reads a
 * submitted application as a manager (offered approve and decline) and a decided one as its applicant. The pact
 * ({@code pacts/http/lc-hypermedia-client-lc-gateway.json}) is verified against the started system by
 * {@link GatewayApiPactVerificationIT}, ids and versions coming from its provider states.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactDirectory("../pacts/http") // apart from the message pacts, which the gateway verifies as messages
@PactTestFor(providerName = HypermediaClientPactTest.PROVIDER, hostInterface = "127.0.0.1", port = HypermediaClientPactTest.PORT,
        pactVersion = PactSpecVersion.V3)
class HypermediaClientPactTest {

    static final String PROVIDER = "lc-gateway";
    static final String DRAFT = "a draft of applicant-1";
    static final String SUBMITTED = "a submitted application of applicant-1";
    static final String APPROVED = "an approved application of applicant-1";
    static final String COMPLETE = "a complete draft of applicant-1";
    static final String PORT = "18123";
    private static final String ROOT = "http://127.0.0.1:" + PORT;
    private static final String ANY_ROOT = "https?://[^/]+";
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String DRAFT_ID = "76a466c5-58ae-4078-aab7-3493ccce0024";
    private static final String SUBMITTED_ID = "0d3c6c1e-5b8f-4a5e-9d62-1f0e7a2b4c90";
    private static final String APPROVED_ID = "9e4b2a77-3c1d-4f08-8a6b-5d2e9c7f1a03";
    private static final String COMPLETE_ID = "5a1f0c3e-8d27-4b6a-9e14-7c3b2d5f8a61";
    private static final Map<String, String> HAL_FORMS = Map.of("Content-Type", HypermediaClient.HAL_FORMS);
    /** A representation without forms (nothing to offer this user now) is HAL, which HAL-FORMS extends. */
    private static final Map<String, String> HAL = Map.of("Content-Type", "application/hal+json");
    private static final Map<String, String> PROBLEM = Map.of("Content-Type", "application/problem+json");
    private static final String AMOUNT = "{\"amount\":\"8000.00\",\"currency\":\"USD\"}";

    @Pact(consumer = "lc-hypermedia-client")
    RequestResponsePact whatTheClientReliesOn(PactDslWithProvider api) {
        return api.uponReceiving("the root, for an applicant").method("GET").path("/").headers(headers(APPLICANT_1, false))
                .willRespondWith().status(200).headers(HAL_FORMS).body(root())
                .uponReceiving("the start of a draft, from the root's form").method("POST").path("/lc-applications")
                .headers(headers(APPLICANT_1, true)).body("{\"clientReference\":\"PO-PACT-1\"}")
                .willRespondWith().status(201).headers(HAL_FORMS)
                .matchHeader("Location", ANY_ROOT + "/lc-applications/" + ID, ROOT + "/lc-applications/" + DRAFT_ID)
                .matchHeader("ETag", "\"0\"", "\"0\"")
                .body(application("DRAFT", DRAFT_ID, "change-amount", "submit", "cancel"))
                .given(DRAFT)
                .uponReceiving("a change of the draft's amount, with the version it was read at").method("POST")
                .pathFromProviderState("/lc-applications/${id}/change-amount", "/lc-applications/" + DRAFT_ID + "/change-amount")
                .headers(headers(APPLICANT_1, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"0\"").body(AMOUNT)
                .willRespondWith().status(200).headers(HAL_FORMS).matchHeader("ETag", "\"\\d+\"", "\"1\"")
                .body(application("DRAFT", DRAFT_ID, "change-amount", "submit", "cancel").object("amount")
                        .stringValue("amount", "8000.00").stringValue("currency", "USD").closeObject())
                .given(DRAFT)
                .uponReceiving("a change of the draft with a version it is no longer at").method("POST")
                .pathFromProviderState("/lc-applications/${id}/change-amount", "/lc-applications/" + DRAFT_ID + "/change-amount")
                .headers(headers(APPLICANT_1, true)).headers("If-Match", "\"99\"").body(AMOUNT)
                .willRespondWith().status(412).headers(Map.of("Content-Type", "application/problem+json")).body(problem("/problems/stale", 412))
                .given(DRAFT)
                .uponReceiving("a change of the draft's amount to one out of its bounds").method("POST")
                .pathFromProviderState("/lc-applications/${id}/change-amount", "/lc-applications/" + DRAFT_ID + "/change-amount")
                .headers(headers(APPLICANT_1, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"0\"")
                .body("{\"amount\":\"-1\",\"currency\":\"USD\"}")
                .willRespondWith().status(400).headers(Map.of("Content-Type", "application/problem+json"))
                .body(problem("/problems/invalid-request", 400).minArrayLike("errors", 1).stringValue("field", "amount")
                        .stringType("message", "must be a positive amount").closeObject().closeArray())
                .given(DRAFT)
                .uponReceiving("the applicant's applications").method("GET").path("/lc-applications").headers(headers(APPLICANT_1, false))
                .willRespondWith().status(200).headers(HAL_FORMS).body(page())
                .given(SUBMITTED)
                .uponReceiving("a submitted application, for a manager").method("GET")
                .pathFromProviderState("/lc-applications/${id}", "/lc-applications/" + SUBMITTED_ID).headers(headers(MANAGER, false))
                .willRespondWith().status(200).headers(HAL_FORMS).matchHeader("ETag", "\"\\d+\"", "\"9\"")
                .body(application("SUBMITTED", SUBMITTED_ID, "approve", "decline"))
                .given(SUBMITTED)
                .uponReceiving("a submitted application, for an analyst").method("GET")
                .pathFromProviderState("/lc-applications/${id}", "/lc-applications/" + SUBMITTED_ID).headers(headers(ANALYST, false))
                .willRespondWith().status(200).headers(HAL_FORMS).matchHeader("ETag", "\"\\d+\"", "\"9\"")
                .body(application("SUBMITTED", SUBMITTED_ID, "record-product-value-check", "record-product-legality-check",
                        "record-applicant-credit-check"))
                .given(COMPLETE)
                .uponReceiving("a complete draft, for its applicant").method("GET")
                .pathFromProviderState("/lc-applications/${id}", "/lc-applications/" + COMPLETE_ID).headers(headers(APPLICANT_1, false))
                .willRespondWith().status(200).headers(HAL_FORMS).matchHeader("ETag", "\"\\d+\"", "\"8\"")
                .body(application("DRAFT", COMPLETE_ID, "submit", "cancel"))
                .given(APPROVED)
                .uponReceiving("a decided application, for its applicant").method("GET")
                .pathFromProviderState("/lc-applications/${id}", "/lc-applications/" + APPROVED_ID).headers(headers(APPLICANT_1, false))
                .willRespondWith().status(200).headers(HAL)
                .body(application("APPROVED", APPROVED_ID).stringType("decidedBy", "manager").stringType("decidedAt", "2026-12-03T12:00:00Z"))
                .given(DRAFT)
                .uponReceiving("the submission of an incomplete draft").method("POST")
                .pathFromProviderState("/lc-applications/${id}/submit", "/lc-applications/" + DRAFT_ID + "/submit")
                .headers(headers(APPLICANT_1, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"0\"").body("{}")
                .willRespondWith().status(422).headers(PROBLEM).body(problem("/problems/incomplete-application", 422))
                .given(DRAFT)
                .uponReceiving("the cancellation of a draft by its applicant").method("POST")
                .pathFromProviderState("/lc-applications/${id}/cancel", "/lc-applications/" + DRAFT_ID + "/cancel")
                .headers(headers(APPLICANT_1, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"0\"")
                .body("{\"reason\":\"ordered elsewhere\"}")
                .willRespondWith().status(200).headers(HAL).body(application("CANCELLED", DRAFT_ID).stringType("reason", "ordered elsewhere"))
                .given(COMPLETE)
                .uponReceiving("the submission of a complete draft").method("POST")
                .pathFromProviderState("/lc-applications/${id}/submit", "/lc-applications/" + COMPLETE_ID + "/submit")
                .headers(headers(APPLICANT_1, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"8\"").body("{}")
                .willRespondWith().status(200).headers(HAL_FORMS).body(application("SUBMITTED", COMPLETE_ID, "cancel"))
                .given(SUBMITTED)
                .uponReceiving("a check recorded by an analyst").method("POST")
                .pathFromProviderState("/lc-applications/${id}/record-product-value-check",
                        "/lc-applications/" + SUBMITTED_ID + "/record-product-value-check")
                .headers(headers(ANALYST, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"9\"")
                .body("{\"decision\":\"APPROVED\",\"remarks\":\"in order\"}")
                .willRespondWith().status(200).headers(HAL_FORMS)
                .body(application("SUBMITTED", SUBMITTED_ID, "record-product-legality-check", "record-applicant-credit-check"))
                .given(SUBMITTED)
                .uponReceiving("the approval of a submitted application by a manager").method("POST")
                .pathFromProviderState("/lc-applications/${id}/approve", "/lc-applications/" + SUBMITTED_ID + "/approve")
                .headers(headers(MANAGER, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"9\"").body("{}")
                .willRespondWith().status(200).headers(HAL).body(application("APPROVED", SUBMITTED_ID).stringType("decidedBy", "manager"))
                .given(SUBMITTED)
                .uponReceiving("the decline of a submitted application by a manager, saying why").method("POST")
                .pathFromProviderState("/lc-applications/${id}/decline", "/lc-applications/" + SUBMITTED_ID + "/decline")
                .headers(headers(MANAGER, true)).headerFromProviderState("If-Match", "\"${version}\"", "\"9\"")
                .body("{\"reason\":\"beneficiary unknown to the bank\"}")
                .willRespondWith().status(200).headers(HAL).body(application("DECLINED", SUBMITTED_ID).stringType("reason", "beneficiary unknown to the bank"))
                .given(SUBMITTED)
                .uponReceiving("an approval by the applicant, whose action it is not").method("POST")
                .pathFromProviderState("/lc-applications/${id}/approve", "/lc-applications/" + SUBMITTED_ID + "/approve")
                .headers(headers(APPLICANT_1, true)).body("{}")
                .willRespondWith().status(403).headers(PROBLEM).body(problem("/problems/forbidden", 403))
                .given(SUBMITTED)
                .uponReceiving("another applicant's application").method("GET")
                .pathFromProviderState("/lc-applications/${id}", "/lc-applications/" + SUBMITTED_ID).headers(headers(APPLICANT_2, false))
                .willRespondWith().status(404).headers(PROBLEM).body(problem("/problems/not-found", 404))
                .given(APPROVED)
                .uponReceiving("an approval of a decided application").method("POST")
                .pathFromProviderState("/lc-applications/${id}/approve", "/lc-applications/" + APPROVED_ID + "/approve")
                .headers(headers(MANAGER, true)).body("{}")
                .willRespondWith().status(409).headers(PROBLEM).body(problem("/problems/wrong-state", 409))
                .uponReceiving("the root without credentials").method("GET").path("/").headers("Accept", HypermediaClient.HAL_FORMS)
                .willRespondWith().status(401)
                .toPact();
    }

    @Test
    void a_client_that_knows_only_the_root_does_what_the_api_offers(MockServer api) {
        HypermediaClient applicant = HypermediaClient.as(APPLICANT_1, URI.create(api.getUrl() + "/"));
        ApiResponse root = applicant.root();
        ApiResponse draft = applicant.submit(root, "start", Map.of("clientReference", "PO-PACT-1"));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.templates()).contains("change-amount", "submit", "cancel");

        ApiResponse changed = applicant.submitBody(draft, "change-amount", AMOUNT);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.version()).hasValue(1L);
        URI changeAmount = HypermediaClient.linkTarget(draft, "change-amount", Map.of());
        ApiResponse stale = applicant.send("POST", changeAmount, Map.of("Content-Type", HypermediaClient.JSON_MEDIA_TYPE, "If-Match", "\"99\""),
                HttpRequest.BodyPublishers.ofString(AMOUNT));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(applicant.submitBody(draft, "change-amount", "{\"amount\":\"-1\",\"currency\":\"USD\"}").json().path("errors").path(0).path("field").asText())
                .isEqualTo("amount");
        assertThat(applicant.follow(root, "lc-applications").json().path("_embedded").path("lcApplications")).isNotEmpty();

        assertThat(applicant.submit(draft, "submit", Map.of()).status()).isEqualTo(422);
        assertThat(applicant.submit(draft, "cancel", Drafts.reason("ordered elsewhere")).text("state")).hasValue("CANCELLED");
        ApiResponse complete = applicant.get(root.uri().resolve("/lc-applications/" + COMPLETE_ID));
        assertThat(applicant.submit(complete, "submit", Map.of()).templates()).contains("cancel");

        HypermediaClient manager = HypermediaClient.as(MANAGER, root.uri());
        ApiResponse submitted = manager.get(root.uri().resolve("/lc-applications/" + SUBMITTED_ID));
        assertThat(submitted.templates()).contains("approve", "decline");
        HypermediaClient analyst = HypermediaClient.as(ANALYST, root.uri());
        ApiResponse toCheck = analyst.get(submitted.uri());
        assertThat(analyst.submitBody(toCheck, "record-product-value-check", "{\"decision\":\"APPROVED\",\"remarks\":\"in order\"}").templates())
                .contains("record-product-legality-check", "record-applicant-credit-check");
        assertThat(manager.submit(submitted, "approve", Map.of()).text("state")).hasValue("APPROVED");
        assertThat(manager.submit(submitted, "decline", Drafts.reason("beneficiary unknown to the bank")).text("state")).hasValue("DECLINED");
        URI approve = HypermediaClient.linkTarget(submitted, "approve", Map.of());
        assertThat(applicant.send("POST", approve, Map.of("Content-Type", HypermediaClient.JSON_MEDIA_TYPE), HttpRequest.BodyPublishers.ofString("{}"))
                .status()).isEqualTo(403);
        assertThat(HypermediaClient.as(APPLICANT_2, root.uri()).get(submitted.uri()).status()).isEqualTo(404);

        ApiResponse approved = applicant.get(root.uri().resolve("/lc-applications/" + APPROVED_ID));
        assertThat(approved.text("state")).hasValue("APPROVED");
        assertThat(manager.send("POST", URI.create(approved.href("self").orElseThrow() + "/approve"),
                Map.of("Content-Type", HypermediaClient.JSON_MEDIA_TYPE), HttpRequest.BodyPublishers.ofString("{}")).status()).isEqualTo(409);
        assertThat(HypermediaClient.anonymous(root.uri()).root().status()).isEqualTo(401);
    }

    /** What the client sends: its user's credentials, HAL-FORMS asked for, JSON when it sends a body. */
    private static Map<String, String> headers(DemoUser user, boolean body) {
        Map<String, String> headers = new HashMap<>(Map.of("Accept", HypermediaClient.HAL_FORMS,
                "Authorization", HypermediaClient.basic(user.userName(), user.password())));
        if (body) {
            headers.put("Content-Type", HypermediaClient.JSON_MEDIA_TYPE);
        }
        return headers;
    }

    private static DslPart root() {
        return new PactDslJsonBody()
                .object("_links")
                .object("self").stringMatcher("href", ANY_ROOT + "/", ROOT + "/").closeObject()
                .object("lc-applications").stringMatcher("href", ANY_ROOT + "/lc-applications\\{\\?q,state,page,size\\}",
                        ROOT + "/lc-applications{?q,state,page,size}").closeObject()
                .closeObject()
                .object("_templates").object("start")
                .stringValue("method", "POST").stringValue("contentType", HypermediaClient.JSON_MEDIA_TYPE)
                .stringMatcher("target", ANY_ROOT + "/lc-applications", ROOT + "/lc-applications")
                .minArrayLike("properties", 1).stringValue("name", "clientReference").booleanValue("required", true).closeObject().closeArray()
                .closeObject().closeObject();
    }

    /**
     * An application in this state with its self link and, for each action named, its link and its form: its method,
     * target and content type, and for a cancel or decline the one property it requires, the reason.
     */
    private static PactDslJsonBody application(String state, String id, String... actions) {
        String self = ROOT + "/lc-applications/" + id;
        PactDslJsonBody body = new PactDslJsonBody().stringMatcher("lcApplicationId", ID, id).stringValue("state", state)
                .stringType("clientReference", "PO-PACT-1").integerType("version", 0L);
        PactDslJsonBody links = body.object("_links");
        links.object("self").stringMatcher("href", ANY_ROOT + "/lc-applications/" + ID, self).closeObject();
        for (String action : actions) {
            links.object(action).stringMatcher("href", ANY_ROOT + "/lc-applications/" + ID + "/" + action, self + "/" + action).closeObject();
        }
        links.closeObject();
        if (actions.length > 0) {
            PactDslJsonBody templates = body.object("_templates");
            for (String action : actions) {
                PactDslJsonBody form = templates.object(action).stringValue("method", "POST")
                        .stringValue("contentType", HypermediaClient.JSON_MEDIA_TYPE)
                        .stringMatcher("target", ANY_ROOT + "/lc-applications/" + ID + "/" + action, self + "/" + action);
                if (action.equals("cancel") || action.equals("decline")) {
                    form.minArrayLike("properties", 1).stringValue("name", "reason").booleanValue("required", true).closeObject().closeArray();
                }
                form.closeObject();
            }
            templates.closeObject();
        }
        return body;
    }

    private static PactDslJsonBody page() {
        PactDslJsonBody body = new PactDslJsonBody();
        body.object("_embedded").minArrayLike("lcApplications", 1)
                .stringMatcher("lcApplicationId", ID, DRAFT_ID).stringType("state", "DRAFT")
                .object("_links").object("self").stringMatcher("href", ANY_ROOT + "/lc-applications/" + ID, ROOT + "/lc-applications/" + DRAFT_ID)
                .closeObject().closeObject()
                .closeObject().closeArray().closeObject();
        body.object("page").integerType("size", 20L).integerType("totalElements", 1L).integerType("totalPages", 1L).integerType("number", 0L)
                .closeObject();
        body.object("_links").object("self").stringMatcher("href", ANY_ROOT + "/lc-applications.*", ROOT + "/lc-applications").closeObject()
                .closeObject();
        return body;
    }

    private static PactDslJsonBody problem(String type, int status) {
        return new PactDslJsonBody().stringValue("type", type).numberValue("status", status).stringType("title", "Bad Request")
                .stringType("detail", "why");
    }
}

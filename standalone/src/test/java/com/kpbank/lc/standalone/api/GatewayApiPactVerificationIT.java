package com.kpbank.lc.standalone.api;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;

import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static com.kpbank.lc.standalone.api.DemoUser.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The started system keeps the hypermedia client's pact ({@link HypermediaClientPactTest}): each interaction is
 * sent to it over real HTTP, after its provider state was made through the API itself — a draft, a complete one, a
 * submitted application, an approved one — whose id and version the interaction's path and {@code If-Match} take.
 */
@Provider(HypermediaClientPactTest.PROVIDER)
@PactFolder("../pacts/http")
class GatewayApiPactVerificationIT {

    private final SystemUnderTest system = SharedSystem.system();
    private final HypermediaClient applicant = HypermediaClient.as(APPLICANT_1, system.root());

    @BeforeEach
    void theStartedSystem(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget(system.root().getHost(), system.root().getPort()));
    }

    /**
     * A demo user's credentials in the pact are HTTP Basic; each is sent as the system under test takes that user (the
     * same header for the standalone system, the identity provider's bearer token for the distributed deployment).
     */
    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void every_interaction_the_client_relies_on_is_what_the_api_answers(PactVerificationContext context, HttpRequest request) {
        Header sent = request.getFirstHeader("Authorization");
        Stream.of(DemoUser.values()).filter(user -> sent != null && HypermediaClient.HTTP_BASIC.apply(user).equals(sent.getValue()))
                .findFirst().ifPresent(user -> request.setHeader("Authorization", HypermediaClient.authorization(user, system.root())));
        context.verifyInteraction();
    }

    @State(HypermediaClientPactTest.DRAFT)
    Map<String, Object> aDraft() {
        return state(accepted(applicant.submit(applicant.root(), "start", Map.of("clientReference", "PO-PACT-DRAFT"))));
    }

    @State(HypermediaClientPactTest.COMPLETE)
    Map<String, Object> aCompleteDraft() {
        return state(complete());
    }

    @State(HypermediaClientPactTest.SUBMITTED)
    Map<String, Object> aSubmittedApplication() {
        return state(submitted());
    }

    @State(HypermediaClientPactTest.APPROVED)
    Map<String, Object> anApprovedApplication() {
        HypermediaClient manager = HypermediaClient.as(MANAGER, system.root());
        ApiResponse approved = accepted(manager.submit(manager.reload(submitted()), "approve", Map.of()));
        return state(approved);
    }

    /** A draft with everything a submission needs, above the auto-approval's threshold. */
    private ApiResponse complete() {
        ApiResponse draft = accepted(applicant.submit(applicant.root(), "start", Map.of("clientReference", "PO-PACT-SUBMIT")));
        for (Drafts.Change change : Drafts.complete("25000.00", "USD", "cold rolled steel coils")) {
            draft = accepted(applicant.submit(draft, change.template(), change.values()));
        }
        return draft;
    }

    /** A submitted application: being above the auto-approval's threshold, it waits for a manager. */
    private ApiResponse submitted() {
        return accepted(applicant.submit(complete(), "submit", Map.of()));
    }

    /** The values an interaction takes from its provider state: the application's id and the version it is at. */
    private static Map<String, Object> state(ApiResponse application) {
        return Map.of("id", URI.create(application.href("self").orElseThrow()).getPath().replaceFirst(".*/", ""),
                "version", application.version().orElseThrow().toString());
    }

    private static ApiResponse accepted(ApiResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer;
    }
}

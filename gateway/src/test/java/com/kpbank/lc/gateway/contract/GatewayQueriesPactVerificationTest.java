package com.kpbank.lc.gateway.contract;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessageProviders;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCFacts;
import com.kpbank.lc.api.query.FindMyLCApplications;
import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.SearchLCApplications;
import com.kpbank.lc.gateway.LcServicesStandIn;
import com.kpbank.lc.gateway.lcapplication.Views;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.hateoas.MediaTypes;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Path;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The gateway keeps the query services' pacts of its queries ({@code pacts/}): it serves the requests that ask them —
 * an application, the applicant's list, a search, the analytics, the read models' status, a form's trading terms —
 * and each query it sends, as a query service receives it ({@link LcServicesStandIn#lastQuery}), is serialized by the
 * platform's serializer as Axon Server carries it and checked against the pacts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("standalone")
@DirtiesContext // closes its file database before its data directory is deleted
@Provider(MessageContracts.GATEWAY)
@PactFolder("../pacts")
class GatewayQueriesPactVerificationTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lc.data-dir", dataDir::toString);
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private LcServicesStandIn services;
    @Autowired
    private Serializer serializer;

    @BeforeEach
    void askEveryQuery(PactVerificationContext context) throws Exception {
        context.setTarget(new MessageTestTarget(List.of(GatewayQueriesPactVerificationTest.class.getPackageName())));
        LCApplicationView draft = services.seed(Views.draftOf("applicant-1"));
        for (String uri : List.of("/", "/lc-applications/" + draft.lcApplicationId(), "/lc-applications", "/lc-applications?q=steel&state=SUBMITTED",
                "/analytics")) {
            mvc.perform(get(uri).with(httpBasic("applicant-1", "applicant-1")).accept(MediaTypes.HAL_FORMS_JSON));
        }
        mvc.perform(get("/projections").with(httpBasic("operator", "operator")).accept(MediaTypes.HAL_FORMS_JSON));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void every_query_a_service_reads_is_what_the_gateway_sends(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @PactVerifyProvider("FindLCApplication")
    MessageAndMetadata findApplication() {
        return sent(FindLCApplication.class);
    }

    @PactVerifyProvider("FindMyLCApplications")
    MessageAndMetadata findMine() {
        return sent(FindMyLCApplications.class);
    }

    @PactVerifyProvider("SearchLCApplications")
    MessageAndMetadata search() {
        return sent(SearchLCApplications.class);
    }

    @PactVerifyProvider("FindLCFacts")
    MessageAndMetadata findFacts() {
        return sent(FindLCFacts.class);
    }

    @PactVerifyProvider("FindTradingTerms")
    MessageAndMetadata findTradingTerms() {
        return sent(FindTradingTerms.class);
    }

    @PactVerifyProvider("FindProjectionStatuses")
    MessageAndMetadata findProjectionStatuses() {
        return sent(FindProjectionStatuses.class);
    }

    private MessageAndMetadata sent(Class<?> type) {
        Object query = services.lastQuery(type).orElseThrow(() -> new AssertionError("the gateway sent no " + type.getSimpleName()));
        return MessageProviders.carried(serializer, query);
    }
}

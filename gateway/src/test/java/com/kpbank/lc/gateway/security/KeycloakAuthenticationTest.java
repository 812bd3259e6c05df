package com.kpbank.lc.gateway.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.hateoas.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.file.Path;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gateway's JWT profile with tokens from a real Keycloak (26.4.7, from Maven Central) running the repository's
 * realm file: its demo users get tokens from the realm's token endpoint for their passwords, and each is the user and
 * holds the roles the API sees — an applicant starts and reads its draft, which another applicant cannot see, a
 * manager is not offered to start one, an operator sees the read models.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext // closes its file database before its data directory is deleted
class KeycloakAuthenticationTest {

    private static final KeycloakServer KEYCLOAK = KeycloakServer.start();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("lc.data-dir", dataDir::toString);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", KEYCLOAK::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", KEYCLOAK::issuer);
    }

    @Autowired
    private MockMvc mvc;

    @AfterAll
    static void stopKeycloak() {
        KEYCLOAK.close();
    }

    @Test
    void each_demo_user_of_the_realm_is_who_the_api_sees() throws Exception {
        String location = mvc.perform(as("applicant-1", post("/lc-applications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientReference\":\"PO-KEYCLOAK-1\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicantId").value("applicant-1"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(as("applicant-1", get(location))).andExpect(status().isOk()).andExpect(jsonPath("$._templates.change-amount").exists());
        mvc.perform(as("applicant-2", get(location))).andExpect(status().isNotFound());
        mvc.perform(as("manager", get("/"))).andExpect(status().isOk()).andExpect(jsonPath("$._templates.start").doesNotExist());
        mvc.perform(as("operator", get("/projections"))).andExpect(status().isOk());
        mvc.perform(get("/").accept(MediaTypes.HAL_FORMS_JSON)).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    @Test
    void the_metrics_scraper_reads_the_metrics_with_its_client_credentials_where_a_manager_may_not() throws Exception {
        String scraper = "Bearer " + KEYCLOAK.tokens().clientToken("lc-prometheus", "lc-prometheus-scrape-secret");
        // the actuator's metrics answer as its Prometheus scrape does (tests export to no registry, so there is no scrape endpoint)
        mvc.perform(get("/actuator/metrics").header("Authorization", scraper)).andExpect(status().isOk());
        mvc.perform(as("manager", get("/actuator/metrics"))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + KEYCLOAK.tokens().accessToken(user)).accept(MediaTypes.HAL_FORMS_JSON);
    }
}

package com.kpbank.lc.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.hateoas.MediaTypes;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gateway outside the standalone profile: an OAuth2 resource server that takes a bearer token only if the
 * identity provider's key signed it, its issuer issued it for this API and it has not expired. The keys are served
 * as a JWKS over real HTTP on 127.0.0.1, as Keycloak serves its realm's; the tokens are signed here with RS256.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext // closes its file database before its data directory is deleted
class JwtAuthenticationTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/kpbank";
    private static final String AUDIENCE = "lc-gateway";
    private static final RSAKey KEY = key("the-realms-key");
    private static final RSAKey ANOTHER_KEY = key("a-key-of-nobody");
    private static final HttpServer JWKS = jwks(KEY);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("lc.data-dir", dataDir::toString);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/realms/kpbank/protocol/openid-connect/certs");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    @Autowired
    private MockMvc mvc;

    @AfterAll
    static void stopTheIdentityProvider() {
        JWKS.stop(0);
    }

    @Test
    void a_token_the_identity_provider_issued_for_this_api_names_the_user_and_their_roles() throws Exception {
        mvc.perform(get("/").header("Authorization", "Bearer " + token(claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)), KEY))
                        .accept(MediaTypes.HAL_FORMS_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._templates.start").exists());
    }

    @Test
    void a_token_of_another_issuer_is_refused() throws Exception {
        expectRefused(token(claims("https://evil.example/realms/kpbank", AUDIENCE, Duration.ofMinutes(5)), KEY));
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        expectRefused(token(claims(ISSUER, "another-api", Duration.ofMinutes(5)), KEY));
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        expectRefused(token(claims(ISSUER, AUDIENCE, Duration.ofMinutes(-5)), KEY));
    }

    @Test
    void an_unsigned_token_is_refused() throws Exception {
        expectRefused(new PlainJWT(claims(ISSUER, AUDIENCE, Duration.ofMinutes(5))).serialize());
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        expectRefused(token(claims(ISSUER, AUDIENCE, Duration.ofMinutes(5)), ANOTHER_KEY));
    }

    private void expectRefused(String token) throws Exception {
        mvc.perform(get("/").header("Authorization", "Bearer " + token).accept(MediaTypes.HAL_FORMS_JSON))
                .andExpect(status().isUnauthorized());
    }

    /** An applicant's token, as Keycloak writes it: an opaque subject, the user name, the roles; expiring {@code in} from now. */
    private static JWTClaimsSet claims(String issuer, String audience, Duration in) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(UUID.randomUUID().toString())
                .claim(GatewaySecurityConfiguration.USER_CLAIM, "applicant-1").claim(GatewaySecurityConfiguration.ROLES_CLAIM, List.of("APPLICANT"))
                .issueTime(Date.from(now.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(now.plus(in))).build();
    }

    private static String token(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The realm's public keys at Keycloak's path, on a free port of the loopback. */
    private static HttpServer jwks(RSAKey key) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/kpbank/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(keys);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

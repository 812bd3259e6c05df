package com.kpbank.lc.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from a Keycloak realm's token endpoint: a demo user's (API.md: password = user name), traded by the
 * realm's public client {@code lc-web}, or a confidential client's own. Each is kept and handed out again until
 * shortly before it expires, so that a long test run keeps working with tokens of the realm's short lifetime.
 */
public final class RealmTokens {

    /** The realm's public client, allowed to trade a user's password for tokens. */
    private static final String CLIENT = "lc-web";
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI realm;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** The tokens of the realm at {@code realm}, e.g. {@code http://127.0.0.1:8180/realms/kpbank}. */
    public RealmTokens(URI realm) {
        this.realm = realm;
    }

    /** An access token for a demo user. */
    public String accessToken(String user) {
        return token(user, "grant_type=password&client_id=" + CLIENT + "&username=" + encode(user) + "&password=" + encode(user));
    }

    /** An access token of a confidential client's own (its service account), for its credentials. */
    public String clientToken(String client, String secret) {
        return token(client, "grant_type=client_credentials&client_id=" + encode(client) + "&client_secret=" + encode(secret));
    }

    private String token(String subject, String form) {
        return tokens.compute(subject, (key, kept) -> kept != null && kept.renewAt().isAfter(Instant.now()) ? kept : fetch(subject, form)).value();
    }

    private Token fetch(String subject, String form) {
        try {
            Instant asked = Instant.now();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + subject + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            return new Token(answer.path("access_token").asText(),
                    asked.plusSeconds(answer.path("expires_in").asLong()).minus(RENEW_BEFORE_EXPIRY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant renewAt) {
    }
}

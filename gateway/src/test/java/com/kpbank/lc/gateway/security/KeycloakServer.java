package com.kpbank.lc.gateway.security;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real Keycloak — the distribution from Maven Central that the build unpacks — in dev mode on 127.0.0.1, with the
 * repository's realm file ({@code keycloak/kpbank-realm.json}) imported into a fresh database. Its output goes to
 * {@code keycloak.log} beside its distribution.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "kpbank";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI realm;
    private final RealmTokens tokens;

    private KeycloakServer(Process process, URI realm) {
        this.process = process;
        this.realm = realm;
        this.tokens = new RealmTokens(realm);
    }

    static KeycloakServer start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.4.7"));
        Path realmFile = Path.of(System.getProperty("keycloak.realm", "../keycloak/kpbank-realm.json"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak at " + home.toAbsolutePath() + ": run the build's generate-test-resources phase");
        }
        int port = freePort();
        try {
            FileSystemUtils.deleteRecursively(home.resolve("data"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, home.resolve("data/import/" + REALM + "-realm.json"));
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                    "--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm"))
                    .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            KeycloakServer keycloak = new KeycloakServer(process, URI.create("http://127.0.0.1:" + port + "/realms/" + REALM));
            await("Keycloak's realm; its output is in " + home.resolve("keycloak.log")).atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500)).failFast("Keycloak exited while starting", () -> !process.isAlive())
                    .until(keycloak::ready);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's issuer, as its tokens name it. */
    String issuer() {
        return realm.toString();
    }

    /** Where the realm publishes its public keys. */
    String jwkSetUri() {
        return realm + "/protocol/openid-connect/certs";
    }

    /** Tokens of the realm's demo users and clients. */
    RealmTokens tokens() {
        return tokens;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.onExit().get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

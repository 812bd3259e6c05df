package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A real Zipkin server — the executable jar from Maven Central that the build copies — in a JVM of its own on
 * 127.0.0.1, keeping spans in memory. Its output goes to {@code zipkin.log} in the given directory.
 */
final class ZipkinServer implements AutoCloseable {

    /** The jar the build copied (failsafe passes it). */
    static final String JAR_PROPERTY = "zipkin.server.jar";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI root;

    private ZipkinServer(Process process, URI root) {
        this.process = process;
        this.root = root;
    }

    /** Starts a Zipkin server and blocks until it answers its health check. */
    static ZipkinServer start(Path logDir) {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/zipkin/zipkin-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no Zipkin server jar at " + jar.toAbsolutePath() + ": run the build's pre-integration-test phase");
        }
        int port = StandaloneProcess.freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString(),
                "--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=" + port);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("zipkin.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        ZipkinServer zipkin = new ZipkinServer(process, URI.create("http://127.0.0.1:" + port + "/"));
        await("Zipkin healthy; its output is in " + logDir.resolve("zipkin.log")).atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .failFast("Zipkin exited while starting", () -> !process.isAlive())
                .until(zipkin::healthy);
        return zipkin;
    }

    /** Where a system sends its spans, in Zipkin's v2 format. */
    URI spansEndpoint() {
        return root.resolve("api/v2/spans");
    }

    /** Every trace Zipkin holds from the last day, each as the array of its spans (Zipkin's v2 JSON). */
    JsonNode traces() {
        try {
            return JSON.readTree(get("api/v2/traces?limit=100000&lookback=86400000"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.onExit().get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Zipkin did not exit", e);
        }
    }

    private boolean healthy() {
        try {
            return get("health").contains("\"UP\"");
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                                                      HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package com.kpbank.lc.standalone.api;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * The standalone system as {@code bin/start} runs it — its executable jar in a JVM of its own — so that a test can
 * kill it as the operating system would: {@link #kill()} sends SIGKILL, no shutdown hook runs. Every start uses
 * the same data directory and port; its output goes to {@code system.log} in the data directory.
 */
final class StandaloneProcess {

    /** The jar the build packaged, named by the build (failsafe passes it). */
    static final String JAR_PROPERTY = "lc.standalone.jar";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;
    private final List<String> arguments;
    private final List<String> launch;
    private final int port;
    private Process process;

    StandaloneProcess(Path dataDir, List<String> arguments) {
        this(dataDir, arguments, null);
    }

    /**
     * The system with {@code classes}, a directory of classes of this test, on its class path beside the jar's (its
     * arguments name what of them it uses, e.g. {@code --spring.main.sources}); none when {@code null}.
     */
    StandaloneProcess(Path dataDir, List<String> arguments, Path classes) {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/standalone-0.1.0-SNAPSHOT-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no standalone jar at " + jar.toAbsolutePath() + ": package the standalone module first");
        }
        this.dataDir = dataDir;
        this.arguments = List.copyOf(arguments);
        this.launch = classes == null ? List.of("-jar", jar.toAbsolutePath().toString())
                : List.of("-cp", jar.toAbsolutePath().toString(), "-Dloader.path=" + classes.toAbsolutePath(),
                          "-Dloader.main=com.kpbank.lc.standalone.StandaloneApplication",
                          "org.springframework.boot.loader.launch.PropertiesLauncher");
        this.port = freePort();
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the system and blocks until its health answers UP; answers how long that took. */
    Duration start() {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                "-Daxoniq.update-checker.disabled=true",
                // the event store's database answers this test's reads too (AUTO_SERVER), on the loopback only
                "-Dh2.bindAddress=127.0.0.1",
                "-Delasticsearch.node.jvm-options=" + System.getProperty("elasticsearch.node.jvm-options", "")));
        command.addAll(launch);
        command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + port, "--lc.data-dir=" + dataDir));
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("system.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        await("the system healthy; its output is in " + dataDir.resolve("system.log"))
                .atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .failFast("the system exited while starting", () -> !process.isAlive())
                .until(this::healthy);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL; returns once the system and every process it started (its Elasticsearch node) are gone. */
    void kill() {
        stop(Process::destroyForcibly);
    }

    /** SIGTERM: the system stops as on Ctrl-C; returns once it and its Elasticsearch node are gone. */
    void stop() {
        stop(Process::destroy);
    }

    private void stop(Consumer<Process> signal) {
        List<ProcessHandle> children = process.descendants().toList();
        signal.accept(process);
        awaitExit(process.toHandle());
        children.forEach(StandaloneProcess::awaitExit);
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("process " + handle.pid() + " did not exit", e);
        }
    }

    /** Whether the system answers that it is UP. */
    boolean healthy() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(root().resolve("actuator/health"))
                                                               .timeout(Duration.ofSeconds(5)).build(),
                                                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

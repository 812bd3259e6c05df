package com.kpbank.lc.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A real Elasticsearch node, in a child JVM of its own, listening for HTTP on 127.0.0.1 only.
 * <pre>{@code
 * try (ElasticsearchNode node = ElasticsearchNode.start(directory)) {
 *     URI uri = node.httpUri(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 * The node keeps its state in {@code directory} ({@code data} and {@code logs}): a node started again
 * on the same directory finds the same indices. Its console output goes to {@code logs/console.log} there.
 * <p>
 * It is a single-node cluster with the core of Elasticsearch only (no x-pack, no analysis-common, no painless), and
 * differs from the defaults of a production node in two settings: {@code action.auto_create_index=false} (indices
 * are created with explicit mappings; writing to a missing one is a bug, reported as such) and
 * {@code cluster.routing.allocation.disk.threshold_enabled=false} (development disks are fuller). Both can be
 * changed with {@link Builder#setting(String, String)}.
 * <p>
 * Closing stops the node cleanly, and kills it if it has not stopped within the stop timeout. A JVM shutdown hook
 * does the same if this JVM exits without closing it, and the node also stops by itself when this JVM dies abruptly
 * (its standard input, a pipe from this JVM, then closes).
 */
public final class ElasticsearchNode implements AutoCloseable {

    /** The Elasticsearch version this module runs. */
    public static final String VERSION = ElasticsearchDistribution.VERSION;

    private static final System.Logger LOG = System.getLogger(ElasticsearchNode.class.getName());
    private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Process process;
    private final Path directory;
    private final int httpPort;
    private final Duration stopTimeout;
    private final Thread shutdownHook;

    private ElasticsearchNode(Process process, Path directory, int httpPort, Duration stopTimeout, Thread shutdownHook) {
        this.process = process;
        this.directory = directory;
        this.httpPort = httpPort;
        this.stopTimeout = stopTimeout;
        this.shutdownHook = shutdownHook;
    }

    /** Starts a node with the defaults of {@link #builder(Path)}, blocking until it is ready. */
    public static ElasticsearchNode start(Path directory) {
        return builder(directory).start();
    }

    /** Options for a node keeping its state in {@code directory}, created if missing. */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /** {@code http://127.0.0.1:<port>}, the base URI of the node's REST API. */
    public URI httpUri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public int httpPort() {
        return httpPort;
    }

    public Path directory() {
        return directory;
    }

    /** Completes with the exit code of the node's JVM once it has ended, whether closed or not. */
    public CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** Stops the node and waits for its JVM to end; idempotent. */
    @Override
    public void close() {
        stop(process, stopTimeout);
        removeShutdownHook(shutdownHook);
    }

    private static void removeShutdownHook(Thread shutdownHook) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private static void stop(Process process, Duration timeout) {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close(); // end of input: the child closes the node and exits
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, () -> "Elasticsearch node (pid " + process.pid() + ") did not stop within "
                        + timeout + ": killing it");
                process.destroyForcibly().waitFor();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Options of a node; every one has a default. */
    public static final class Builder {

        /** The system property with options for the JVMs of nodes, e.g. {@code -XX:TieredStopAtLevel=1}. */
        public static final String JVM_OPTIONS_PROPERTY = "elasticsearch.node.jvm-options";

        private final Path directory;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private int httpPort;
        private String heapSize = "512m";
        private Duration startTimeout = Duration.ofSeconds(120);
        private Duration stopTimeout = Duration.ofSeconds(30);
        private Path distributionCache = Path.of(System.getProperty("user.home"), ".cache", "elasticsearch-node");
        private List<String> jvmOptions = Arrays.stream(System.getProperty(JVM_OPTIONS_PROPERTY, "").split("\\s+"))
                .filter(option -> !option.isBlank()).toList();

        private Builder(Path directory) {
            this.directory = directory.toAbsolutePath().normalize();
        }

        /** The HTTP port; default 0, any free port. */
        public Builder httpPort(int httpPort) {
            this.httpPort = httpPort;
            return this;
        }

        /** Heap of the node's JVM, as in {@code -Xmx}; default {@code 512m}. */
        public Builder heapSize(String heapSize) {
            this.heapSize = Objects.requireNonNull(heapSize);
            return this;
        }

        /** An Elasticsearch setting, overriding the defaults (e.g. {@code action.auto_create_index=false}). */
        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        /**
         * How long {@link #start()} waits for the node to report yellow or green health; default 120 s (a few
         * seconds are typical, much more on a busy machine).
         */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout);
            return this;
        }

        /** How long {@link ElasticsearchNode#close()} waits for a clean stop before killing; default 30 s. */
        public Builder stopTimeout(Duration stopTimeout) {
            this.stopTimeout = Objects.requireNonNull(stopTimeout);
            return this;
        }

        /**
         * Options for the node's JVM beyond its defaults; default the system property
         * {@value #JVM_OPTIONS_PROPERTY}, split at spaces, else none. The builds set
         * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} there: their nodes live for seconds, and start
         * in about half the time without the optimising compiler.
         */
        public Builder jvmOptions(List<String> jvmOptions) {
            this.jvmOptions = List.copyOf(jvmOptions);
            return this;
        }

        /** Where the Elasticsearch jars are extracted once per version; default {@code ~/.cache/elasticsearch-node}. */
        public Builder distributionCache(Path distributionCache) {
            this.distributionCache = Objects.requireNonNull(distributionCache);
            return this;
        }

        /**
         * Starts the node and blocks until it reports yellow or green cluster health.
         *
         * @throws IllegalStateException if it does not within the start timeout, or its JVM ends first; the message
         *         has the end of the node's console output
         * @throws UncheckedIOException if the node's directory or the cache of Elasticsearch jars cannot be prepared
         */
        public ElasticsearchNode start() {
            long started = System.nanoTime();
            Path logs = directory.resolve("logs");
            Path console = logs.resolve("console.log");
            Process process;
            try {
                ElasticsearchDistribution distribution = ElasticsearchDistribution.in(distributionCache);
                Files.createDirectories(directory.resolve("data"));
                Files.createDirectories(logs);
                Files.deleteIfExists(logs.resolve("http.ports"));
                process = new ProcessBuilder(command(distribution))
                        .redirectErrorStream(true)
                        .redirectOutput(console.toFile())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start an Elasticsearch node in " + directory + ": " + e, e);
            }
            Thread shutdownHook = new Thread(() -> stop(process, stopTimeout), "elasticsearch-node-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            ElasticsearchNode node;
            try {
                node = new ElasticsearchNode(process, directory, awaitReady(process, logs), stopTimeout, shutdownHook);
            } catch (RuntimeException e) {
                stop(process, stopTimeout);
                removeShutdownHook(shutdownHook);
                throw new IllegalStateException(e.getMessage() + "\n--- end of " + console + " ---\n"
                        + tail(console, 30), e);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.log(Level.INFO, () -> "Elasticsearch " + VERSION + " node (pid " + process.pid() + ") ready at "
                    + node.httpUri() + " in " + millis + " ms, data in " + directory);
            return node;
        }

        private List<String> command(ElasticsearchDistribution distribution) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms" + heapSize, "-Xmx" + heapSize, "-Xss1m",
                    "-XX:+ExitOnOutOfMemoryError", "-XX:-OmitStackTraceInFastThrow",
                    "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djava.locale.providers=CLDR",
                    "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true",
                    "-Dio.netty.recycler.maxCapacityPerThread=0",
                    // the node closes itself in its own shutdown hook and logs while doing so
                    "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true",
                    "-Dlog4j2.formatMsgNoLookups=true"));
            command.addAll(jvmOptions);
            if (Runtime.version().feature() >= 21) {
                command.add("--enable-native-access=org.elasticsearch.nativeaccess,org.apache.lucene.core");
            }
            command.addAll(List.of(
                    "--module-path", distribution.lib().toString(), "--add-modules=ALL-MODULE-PATH",
                    "-cp", distribution.launcher().toString(),
                    "com.kpbank.lc.elasticsearch.child.ChildNodeMain"));
            Map<String, String> nodeSettings = new LinkedHashMap<>();
            nodeSettings.put("path.home", distribution.home().toString());
            nodeSettings.put("path.data", directory.resolve("data").toString());
            nodeSettings.put("path.logs", directory.resolve("logs").toString());
            nodeSettings.put("node.name", "elasticsearch-node");
            nodeSettings.put("discovery.type", "single-node");
            nodeSettings.put("network.host", "127.0.0.1");
            nodeSettings.put("http.port", Integer.toString(httpPort));
            nodeSettings.put("transport.port", "0");
            // writes logs/http.ports once bound: how the bound port is learnt, with no race for a free port
            nodeSettings.put("node.portsfile", "true");
            nodeSettings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            nodeSettings.put("action.auto_create_index", "false");
            nodeSettings.putAll(settings);
            nodeSettings.forEach((key, value) -> command.add(key + "=" + value));
            return command;
        }

        /** Polls, until the start deadline, for the bound HTTP port and then for yellow or green health. */
        private int awaitReady(Process process, Path logs) {
            long deadline = System.nanoTime() + startTimeout.toNanos();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            OptionalInt port = OptionalInt.empty();
            while (System.nanoTime() < deadline) {
                if (port.isEmpty()) {
                    port = boundHttpPort(logs.resolve("http.ports"));
                }
                if (port.isPresent() && isHealthy(http, port.getAsInt())) {
                    return port.getAsInt();
                }
                try {
                    process.onExit().get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                    throw new IllegalStateException("Elasticsearch node in " + directory
                            + " exited with code " + process.exitValue() + " before it was ready");
                } catch (TimeoutException stillRunning) {
                    // poll again
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while starting an Elasticsearch node", e);
                }
            }
            throw new IllegalStateException("Elasticsearch node in " + directory + " was not ready within "
                    + startTimeout + (port.isEmpty() ? " (HTTP not bound yet)" : " (health not yellow yet)"));
        }

        private static OptionalInt boundHttpPort(Path portsFile) {
            try {
                // written atomically by the node once its HTTP server is bound, one address a line
                String address = Files.readString(portsFile).lines().findFirst().orElseThrow();
                return OptionalInt.of(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)));
            } catch (IOException notYetWritten) {
                return OptionalInt.empty();
            }
        }

        private static boolean isHealthy(HttpClient http, int port) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && HEALTHY.matcher(response.body()).find();
            } catch (IOException notAnswering) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static String tail(Path file, int lines) {
            try {
                List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(cannot read: " + e + ")";
            }
        }
    }
}

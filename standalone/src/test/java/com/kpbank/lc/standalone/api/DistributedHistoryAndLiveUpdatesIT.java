package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The history, as-of and live-update tests against the distributed deployment: the five services as separate
 * processes started by {@code bin/distributed}, connected through the Axon Server at {@code AXON_SERVER_ADDRESS}
 * (default 127.0.0.1:8124), so that the subscription queries, the event store reads and the actor metadata cross
 * Axon Server. Skipped, saying why, when no Axon Server answers there: the build machines have none.
 */
class DistributedHistoryAndLiveUpdatesIT extends HistoryAndLiveUpdatesIT {

    private static final String AXON_SERVER_ADDRESS = System.getenv().getOrDefault("AXON_SERVER_ADDRESS", "127.0.0.1:8124");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private static Path dataDir;

    /** In place of the standalone system's start: the script's. */
    @BeforeAll
    @Override
    void start() throws IOException {
        Assumptions.assumeTrue(axonServerAnswers(), () -> {
            String reason = "no Axon Server answers at " + AXON_SERVER_ADDRESS
                    + ": the distributed deployment's tests are skipped (start one, or set AXON_SERVER_ADDRESS)";
            System.out.println(reason);
            return reason;
        });
        dataDir = Files.createTempDirectory("lc-distributed-");
        int base = StandaloneProcess.freePort();
        run("start", base);
        use(URI.create("http://127.0.0.1:" + base + "/"), () -> run("stop", base));
    }

    private static boolean axonServerAnswers() {
        int colon = AXON_SERVER_ADDRESS.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(AXON_SERVER_ADDRESS.substring(0, colon),
                    Integer.parseInt(AXON_SERVER_ADDRESS.substring(colon + 1))), 1_000);
            return true;
        } catch (IOException | RuntimeException none) {
            return false;
        }
    }

    /** Runs {@code bin/distributed <command>} with the tests' settings as environment variables, ports from {@code base}. */
    private static void run(String command, int base) {
        ProcessBuilder script = new ProcessBuilder(List.of("bin/distributed", command))
                .directory(Path.of("..").toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("script.log").toFile()));
        Map<String, String> environment = script.environment();
        environment.put("AXON_SERVER_ADDRESS", AXON_SERVER_ADDRESS);
        environment.put("LC_PORT_BASE", String.valueOf(base));
        environment.put("LC_DISTRIBUTED_DIR", dataDir.toString());
        SETTINGS.forEach((name, value) -> environment.put(name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT), value));
        try {
            Process process = script.start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/distributed " + command + " failed; see " + dataDir.resolve("script.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

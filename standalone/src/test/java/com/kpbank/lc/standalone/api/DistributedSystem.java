package com.kpbank.lc.standalone.api;

import com.kpbank.lc.gateway.security.RealmTokens;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The distributed deployment as {@code bin/distributed} starts it: the five services as separate processes connected
 * through the Axon Server at {@code AXON_SERVER_ADDRESS} (default 127.0.0.1:8124), with their Elasticsearch node,
 * Mongo-protocol store, PostgreSQL and Keycloak, on free ports and in a fresh directory, removed when it stops. Its
 * demo users are Keycloak's: while it runs, {@link HypermediaClient#as} sends their bearer tokens to it. Tests that use it are skipped, saying why,
 * when no Axon Server answers there: the build machines have none.
 */
final class DistributedSystem implements SystemUnderTest {

    /** Set to {@value #DISTRIBUTED} in the environment, the tests of the shared system run against this deployment. */
    static final String SELECTOR = "LC_SYSTEM_UNDER_TEST";
    static final String DISTRIBUTED = "distributed";
    private static final String AXON_SERVER_ADDRESS = System.getenv().getOrDefault("AXON_SERVER_ADDRESS", "127.0.0.1:8124");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);
    /** The ports bin/distributed takes from its base: the gateway's and nine more. */
    private static final int PORTS = 10;

    private final Path dataDir;
    private final int base;
    private final Map<String, String> settings;

    private DistributedSystem(Path dataDir, int base, Map<String, String> settings) {
        this.dataDir = dataDir;
        this.base = base;
        this.settings = settings;
    }

    /** Whether the tests of the shared system are to run against the distributed deployment. */
    static boolean selected() {
        return DISTRIBUTED.equals(System.getenv(SELECTOR));
    }

    /**
     * Starts the deployment with these settings (Spring property names, given to every service), or skips the calling
     * test when no Axon Server answers.
     */
    static DistributedSystem start(Map<String, String> settings) {
        Assumptions.assumeTrue(axonServerAnswers(), () -> {
            String reason = "no Axon Server answers at " + AXON_SERVER_ADDRESS
                    + ": the distributed deployment's tests are skipped (start one, or set AXON_SERVER_ADDRESS)";
            System.out.println(reason);
            return reason;
        });
        try {
            DistributedSystem system = new DistributedSystem(Files.createTempDirectory("lc-distributed-"), freePorts(), settings);
            try {
                system.run("start");
            } catch (RuntimeException failed) {
                system.run("stop");
                throw failed;
            }
            RealmTokens tokens = new RealmTokens(URI.create("http://127.0.0.1:" + (system.base + 8) + "/realms/kpbank"));
            HypermediaClient.authenticateDemoUsers(system.root(), user -> "Bearer " + tokens.accessToken(user.userName()));
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI root() {
        return URI.create("http://127.0.0.1:" + base + "/");
    }

    @Override
    public void close() {
        HypermediaClient.forgetDemoUsers(root());
        run("stop");
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    /** The first of {@value #PORTS} consecutive ports free on 127.0.0.1, for the script's ports from its base. */
    private static int freePorts() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int base = StandaloneProcess.freePort();
            if (base + PORTS <= 65_535 && IntStream.range(1, PORTS).allMatch(offset -> free(base + offset))) {
                return base;
            }
        }
        throw new IllegalStateException("no " + PORTS + " consecutive free ports found");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
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

    /** Runs {@code bin/distributed <command>} with the settings as environment variables, ports from {@code base}. */
    private void run(String command) {
        ProcessBuilder script = new ProcessBuilder(List.of("bin/distributed", command))
                .directory(Path.of("..").toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("script.log").toFile()));
        Map<String, String> environment = script.environment();
        environment.put("AXON_SERVER_ADDRESS", AXON_SERVER_ADDRESS);
        environment.put("LC_PORT_BASE", String.valueOf(base));
        environment.put("LC_DISTRIBUTED_DIR", dataDir.toString());
        settings.forEach((name, value) -> environment.put(name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT), value));
        try {
            Process process = script.start();
            if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
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

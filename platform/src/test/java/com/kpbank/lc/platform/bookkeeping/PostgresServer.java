package com.kpbank.lc.platform.bookkeeping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL, started for a test in a cluster of its own: initialised in a temporary directory, listening on
 * 127.0.0.1 and a free port, with a user {@code lc} trusted without a password, and removed again on {@link #close()}.
 * PostgreSQL refuses to run as root: as root, it runs as the {@code postgres} user the Debian package creates.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "lc";
    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dataDir;
    private final int port;

    private PostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Initialises a cluster and starts it; returns once it accepts connections. */
    public static PostgresServer start() {
        Path bin = installation();
        try {
            Path dataDir = Files.createTempDirectory("lc-postgres-");
            PostgresServer server = new PostgresServer(bin, dataDir, freePort());
            if (runsAsRoot()) {
                server.run("chown", "-R", "postgres:postgres", dataDir.toString());
            }
            server.runAsPostgres("initdb", "-D", dataDir.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync");
            server.runAsPostgres("pg_ctl", "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(), "-w", "-t", "60",
                                 "-o", "-c listen_addresses=127.0.0.1 -p " + server.port + " -k " + dataDir + " -c fsync=off", "start");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a PostgreSQL cluster", e);
        }
    }

    /** The JDBC URL of the cluster's {@code postgres} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() {
        runAsPostgres("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dataDir, e);
        }
    }

    private static Path installation() {
        try (Stream<Path> versions = Files.isDirectory(INSTALLATIONS) ? Files.list(INSTALLATIONS) : Stream.empty()) {
            return versions.map(version -> version.resolve("bin"))
                           .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                           .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                           .orElseThrow(() -> new IllegalStateException(
                                   "no PostgreSQL under " + INSTALLATIONS + ": run bin/install-test-tools (Debian's postgresql)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for PostgreSQL under " + INSTALLATIONS, e);
        }
    }

    private void runAsPostgres(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    private void run(String... command) {
        try {
            Path output = Files.createTempFile("lc-postgres-command-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean finished = process.waitFor(2, TimeUnit.MINUTES);
            String printed = Files.readString(output);
            Files.delete(output);
            if (!finished || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + printed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}

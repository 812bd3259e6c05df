package com.kpbank.lc.standalone.api;

import com.kpbank.lc.platform.ServiceLauncher;
import com.kpbank.lc.standalone.StandaloneApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole standalone system started in this JVM exactly as {@code bin/start} starts it (the same
 * application class, the same profile), on a free port and a fresh data directory, so that tests and
 * benchmarks talk to it over real HTTP and know nothing but the API's root. Its query answers cross a
 * serializer as between the distributed services ({@link QueriesOverTheWire}).
 */
final class StandaloneSystem implements SystemUnderTest {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final URI root;

    private StandaloneSystem(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.root = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the system with its data in a new temporary directory, which closing it deletes. */
    static StandaloneSystem start() {
        try {
            Path dataDir = Files.createTempDirectory("lc-api-");
            return new StandaloneSystem(ServiceLauncher.run(StandaloneApplication.class,
                    "--server.port=0", "--server.address=127.0.0.1", "--lc.data-dir=" + dataDir,
                    "--spring.main.sources=" + QueriesOverTheWire.class.getName()), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI root() {
        return root;
    }

    /** A bean of the running composition, for tests that must reach behind the API (the event store's database). */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }
}

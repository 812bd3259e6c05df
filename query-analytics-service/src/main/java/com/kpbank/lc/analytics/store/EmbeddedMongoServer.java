package com.kpbank.lc.analytics.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Mongo-protocol server in this JVM, keeping its data in one H2 file: the analytics store of the
 * one-JVM composition and of tests, where no MongoDB runs. It is also Spring Boot's
 * {@link MongoConnectionDetails}: declared as a bean, it points the Mongo client at itself, so the
 * analytics code is the same against it and against a real MongoDB.
 * <p>
 * It is mongo-java-server: no transactions, no {@code $text}, compound and TTL indexes ignored; every command
 * that changed data is committed to the file before it is answered.
 * It listens on 127.0.0.1 only.
 */
public final class EmbeddedMongoServer implements MongoConnectionDetails, AutoCloseable {

    /** The database the analytics read model lives in. */
    public static final String DATABASE = "lc-analytics";

    private final H2Backend backend;
    private final MongoServer server;
    private final ConnectionString connectionString;

    private EmbeddedMongoServer(H2Backend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.server = server;
        this.connectionString = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + DATABASE);
    }

    /**
     * Starts a server keeping its data in {@code file} (created with its folders if missing), on that
     * port of 127.0.0.1, or a free one if {@code port} is 0.
     */
    public static EmbeddedMongoServer start(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the analytics store " + file, e);
        }
        H2Backend backend = new CommittingH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new EmbeddedMongoServer(backend, server, server.getLocalAddress());
    }

    /**
     * mongo-java-server's H2 backend commits its file store in the background, about once a second, so a write it
     * acknowledged may be gone after a kill -9 while the tracking token that says it was made is not (the crash
     * test saw analytics miss applications). This one commits before it answers each command.
     */
    private static final class CommittingH2Backend extends H2Backend {

        CommittingH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            Document answer = super.handleCommand(channel, databaseName, command, query);
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
            return answer;
        }
    }

    /** Where clients connect, with the analytics database, e.g. {@code mongodb://127.0.0.1:40123/lc-analytics}. */
    @Override
    public ConnectionString getConnectionString() {
        return connectionString;
    }

    /** Stops listening, closes the connections and the H2 file. */
    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}

package com.kpbank.lc.analytics.store;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the Mongo-protocol store until it is stopped: {@code EmbeddedMongoServerMain <file> [<port>]}, the port
 * defaulting to 27017, on 127.0.0.1. For a deployment of separate processes without a MongoDB ({@code bin/distributed}).
 */
public final class EmbeddedMongoServerMain {

    private EmbeddedMongoServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: EmbeddedMongoServerMain <file> [<port>, default 27017]");
            System.exit(2);
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]), args.length == 2 ? Integer.parseInt(args[1]) : 27017);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mongo-store-stop"));
        System.out.println("Mongo-protocol store ready at " + server.getConnectionString() + ", data in " + args[0] + " (Ctrl-C to stop)");
        stopped.await();
    }
}

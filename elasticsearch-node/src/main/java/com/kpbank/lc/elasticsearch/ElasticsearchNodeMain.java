package com.kpbank.lc.elasticsearch;

import java.nio.file.Path;

/**
 * Runs an Elasticsearch node until Ctrl-C: {@code ElasticsearchNodeMain <directory> [<http port>]}, the port
 * defaulting to 9200. Exits with the node's exit code if the node ends by itself.
 */
public final class ElasticsearchNodeMain {

    private ElasticsearchNodeMain() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: ElasticsearchNodeMain <directory> [<http port>, default 9200]");
            System.exit(2);
        }
        int port = args.length == 2 ? Integer.parseInt(args[1]) : 9200;
        ElasticsearchNode node = ElasticsearchNode.builder(Path.of(args[0])).httpPort(port).start();
        System.out.println("Elasticsearch " + ElasticsearchNode.VERSION + " ready at " + node.httpUri() + ", data in "
                + node.directory() + " (Ctrl-C to stop)");
        System.exit(node.onExit().join());
    }
}

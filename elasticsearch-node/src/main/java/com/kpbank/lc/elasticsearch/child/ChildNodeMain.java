package com.kpbank.lc.elasticsearch.child;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Main class of the child JVM that {@code ElasticsearchNode} starts: the Elasticsearch jars are on its module path,
 * this class on its class path. Not for direct use.
 * <p>
 * Arguments: the node settings as {@code key=value}; {@code path.home} holds {@code modules} and {@code config}.
 * The node runs until the JVM is terminated or its standard input reaches end of file, which is how the parent
 * stops it, and what happens when the parent dies without stopping it; either way the node is closed cleanly.
 */
public final class ChildNodeMain {

    private ChildNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream console = System.err; // before Elasticsearch redirects it to its logging
        Node node;
        try {
            node = start(settings(args));
        } catch (Throwable e) {
            e.printStackTrace(console);
            console.println("Elasticsearch node failed to start: " + causes(e));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "elasticsearch-node-shutdown"));
        while (System.in.read() != -1) {
            // the parent never writes: end of input means it wants the node to stop, or is gone
        }
        System.exit(0);
    }

    private static String causes(Throwable e) {
        StringBuilder causes = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            causes.append("; caused by ").append(cause);
        }
        return causes.toString();
    }

    private static Settings settings(String[] args) {
        Settings.Builder settings = Settings.builder();
        for (String arg : args) {
            int separator = arg.indexOf('=');
            settings.put(arg.substring(0, separator), arg.substring(separator + 1));
        }
        return settings.build();
    }

    private static Node start(Settings settings) throws Exception {
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureESLogging(); // reading the settings logs already
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> "elasticsearch-node");
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment, true);
        PluginsLoader plugins = PluginsLoader.createPluginsLoader(
                PluginsLoader.loadModulesBundles(environment.modulesDir()), Set.of(), Map.of());
        return new Node(environment, plugins).start();
    }

    private static void close(Node node) {
        try {
            node.close();
            node.awaitClose(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}

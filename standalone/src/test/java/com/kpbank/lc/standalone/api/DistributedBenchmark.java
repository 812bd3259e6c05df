package com.kpbank.lc.standalone.api;

import com.kpbank.lc.api.json.LcJson;
import com.kpbank.lc.platform.ServiceLauncher;
import com.kpbank.lc.standalone.CommandBenchmark.BareAggregate;
import com.kpbank.lc.standalone.CommandBenchmark.BareCommand;
import com.kpbank.lc.standalone.CommandBenchmark.CachedBareAggregate;
import com.kpbank.lc.standalone.CommandBenchmark.CachedBareCommand;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static com.kpbank.lc.standalone.api.LifecycleLoad.COMMANDS_PER_LIFECYCLE;
import static com.kpbank.lc.standalone.api.LifecycleLoad.concurrently;

/**
 * Commands per second and their latency through the distributed deployment's gateway, against commands sent
 * through a {@code CommandGateway} to a bare Axon aggregate over the same Axon Server. It starts the deployment as
 * {@link DistributedSystem} does (the five services as separate processes, Keycloak's tokens, through the Axon Server
 * at {@code AXON_SERVER_ADDRESS}, default 127.0.0.1:8124), with every JVM compiling fully ({@code LC_JVM_OPTIONS}),
 * and runs, with the same number of clients each time:
 * <ol>
 * <li>N hypermedia clients running L whole lifecycles over HTTP through the gateway (11 of a lifecycle's 13 requests
 * send a command, each answering once the search read model shows it: read-your-writes, whose mean wait it reads
 * from the gateway's metrics);</li>
 * <li>the same lifecycles' commands sent by as many threads through a {@code CommandGateway} of this JVM, connected to
 * the same Axon Server, which routes them to the deployment's command service (the LC application without HTTP);</li>
 * <li>as many commands to a bare aggregate (one command, one event, no rules: the command benchmark's) handled in this
 * JVM, routed and stored by the same Axon Server, as Axon configures it by default and behind a cache.</li>
 * </ol>
 * It prints figures; it is not a test and no build runs it. Run it (after {@code ./mvnw -B -DskipTests install},
 * with an Axon Server running that no other command service uses) with:
 * <pre>
 * ./mvnw -B -q -pl standalone test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test \
 *     -Dexec.executable=java -Dexec.args="-cp %classpath com.kpbank.lc.standalone.api.DistributedBenchmark 8 20"
 * </pre>
 */
public final class DistributedBenchmark {

    /** Full compilation, unlike bin/distributed's default (the client compiler only, to start quickly). */
    private static final String JVM_OPTIONS = "-XX:+UseSerialGC -Xmx384m";
    private static final String AXON_SERVER_ADDRESS = System.getenv().getOrDefault("AXON_SERVER_ADDRESS", "127.0.0.1:8124");
    private static final String COMPONENT = "lc-benchmark";
    /** Lifecycles per client before each measured run, for the JVMs to compile what the run does. */
    private static final int WARM_UP = 3;
    private static final String READ_YOUR_WRITES = "lc_gateway_read_your_writes_seconds";

    private DistributedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(ServiceLauncher.NO_UPDATE_CHECK, "true");
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int lifecycles = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (DistributedSystem system = DistributedSystem.start(Map.of("LC_JVM_OPTIONS", JVM_OPTIONS))) {
            LifecycleLoad load = new LifecycleLoad(system.root());
            concurrently(clients, WARM_UP, load::lifecycle);
            load.takeLatencies();
            Waited waitedBefore = readYourWrites(system.root());
            double httpSeconds = concurrently(clients, lifecycles, load::lifecycle);
            Waited waitedDuring = readYourWrites(system.root()).since(waitedBefore);
            List<Long> http = LifecycleLoad.commandLatencies(load.takeLatencies());

            Configuration axon = bareAggregates();
            axon.start();
            try {
                CommandGateway commands = axon.commandGateway();
                Sender lc = new Sender(commands, LifecycleLoad::lifecycleCommands);
                Sender bare = new Sender(commands, () -> Collections.nCopies(COMMANDS_PER_LIFECYCLE, new BareCommand(UUID.randomUUID().toString())));
                Sender cachedBare = new Sender(commands,
                        () -> Collections.nCopies(COMMANDS_PER_LIFECYCLE, new CachedBareCommand(UUID.randomUUID().toString())));
                for (Sender sender : List.of(lc, bare, cachedBare)) {
                    sender.run(clients, WARM_UP);
                    sender.latencies.clear();
                }
                double lcSeconds = lc.run(clients, lifecycles);
                double bareSeconds = bare.run(clients, lifecycles);
                double cachedBareSeconds = cachedBare.run(clients, lifecycles);

                int total = clients * lifecycles * COMMANDS_PER_LIFECYCLE;
                System.out.printf("%n=== distributed benchmark: %d clients x %d lifecycles (%d commands each way), through the Axon Server at %s, %d cores ===%n",
                        clients, lifecycles, total, AXON_SERVER_ADDRESS,
                        Runtime.getRuntime().availableProcessors());
                System.out.printf("503 answers retried: %d%n", load.unavailable());
                System.out.printf("%-58s %9s %9s %9s%n", "", "commands/s", "p50 ms", "p99 ms");
                print("gateway, HTTP (LC application, read-your-writes)", total / httpSeconds, http);
                System.out.printf("  of which waiting for the search read model to show the action (the gateway's read-your-writes, mean): %.1f ms%n",
                        waitedDuring.seconds() * 1_000 / waitedDuring.actions());
                print("CommandGateway -> command service (LC application)", total / lcSeconds, lc.latencies);
                print("CommandGateway -> bare aggregate", total / bareSeconds, bare.latencies);
                print("CommandGateway -> bare aggregate, cached", total / cachedBareSeconds, cachedBare.latencies);
                System.out.printf("ratio gateway / bare aggregate: commands/s %.2f, p99 %.2f (target >= 0.7)%n",
                        bareSeconds / httpSeconds, p99(bare.latencies) / p99(http));
                System.out.printf("ratio CommandGateway LC application / bare aggregate: commands/s %.2f, p99 %.2f%n",
                        bareSeconds / lcSeconds, p99(bare.latencies) / p99(lc.latencies));
            } finally {
                axon.shutdown();
            }
        }
        System.exit(0);
    }

    /**
     * This JVM's Axon: connected to the Axon Server (Axon's own module, found on the class path), the bare aggregates'
     * handler, and the services' JSON for messages, so that the LC application's commands reach the command service
     * as the gateway's do.
     */
    private static Configuration bareAggregates() {
        JacksonSerializer json = JacksonSerializer.builder().objectMapper(LcJson.objectMapper()).build();
        return DefaultConfigurer.defaultConfiguration()
                .registerComponent(AxonServerConfiguration.class, configuration -> AxonServerConfiguration.builder()
                        .servers(AXON_SERVER_ADDRESS)
                        .componentName(COMPONENT)
                        .build())
                .configureSerializer(configuration -> json)
                .configureMessageSerializer(configuration -> json)
                .configureEventSerializer(configuration -> json)
                .configureAggregate(BareAggregate.class)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CachedBareAggregate.class)
                        .configureCache(configuration -> new WeakReferenceCache()))
                .buildConfiguration();
    }

    /** How many actions waited for the read model, and how many seconds in all. */
    private record Waited(double actions, double seconds) {

        Waited since(Waited earlier) {
            return new Waited(actions - earlier.actions, seconds - earlier.seconds);
        }
    }

    /** The gateway's read-your-writes timer so far, every outcome together, from its Prometheus endpoint (the operator may read it). */
    private static Waited readYourWrites(URI root) {
        ApiResponse metrics = HypermediaClient.as(DemoUser.OPERATOR, root)
                .send("GET", root.resolve("actuator/prometheus"), Map.of("Accept", "text/plain"), HttpRequest.BodyPublishers.noBody());
        if (metrics.status() != 200) {
            throw new IllegalStateException("the gateway's metrics answered " + metrics);
        }
        return new Waited(sum(metrics.body(), READ_YOUR_WRITES + "_count{"), sum(metrics.body(), READ_YOUR_WRITES + "_sum{"));
    }

    /** The sum of the values of the Prometheus samples whose lines start so (one per tag set). */
    private static double sum(String metrics, String prefix) {
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void print(String name, double commandsPerSecond, List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf("%-58s %9.1f %9.2f %9.2f%n", name, commandsPerSecond,
                LifecycleLoad.percentile(sorted, 0.50) / 1_000, LifecycleLoad.percentile(sorted, 0.99) / 1_000);
    }

    private static double p99(List<Long> micros) {
        return LifecycleLoad.percentile(micros.stream().sorted().toList(), 0.99);
    }

    /** Sends lifecycles of commands from concurrent threads, each thread one command after the other, each timed. */
    private static final class Sender {

        private final CommandGateway commands;
        private final Supplier<List<Object>> lifecycle;
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

        Sender(CommandGateway commands, Supplier<List<Object>> lifecycle) {
            this.commands = commands;
            this.lifecycle = lifecycle;
        }

        /** Answers the seconds the threads took for their lifecycles. */
        double run(int threads, int lifecycles) throws Exception {
            return concurrently(threads, lifecycles, thread -> lifecycle.get().forEach(command -> {
                long start = System.nanoTime();
                commands.sendAndWait(command);
                latencies.add((System.nanoTime() - start) / 1_000);
            }));
        }
    }
}

package com.kpbank.lc.standalone.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

import org.axonframework.commandhandling.gateway.CommandGateway;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static com.kpbank.lc.standalone.api.LifecycleLoad.concurrently;

/**
 * Throughput and latency of the API over real HTTP, against the started standalone system: N concurrent
 * hypermedia clients each run L full lifecycles (start, the eight change tasks, submit, the manager's
 * GET and approve), then the same clients send as many {@code GET /} — the cheapest request of the same
 * gateway, through the same security and HAL rendering — for the ratio of the lifecycle's cost to the
 * HTTP stack's own. It prints figures; it is not a test and no build runs it. Run it (after installing
 * the modules standalone depends on) with:
 * <pre>
 * ./mvnw -B -pl standalone test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.kpbank.lc.standalone.api.ApiBenchmark -Dexec.args="8 20"
 * </pre>
 * The arguments are the number of clients (default 8) and of lifecycles per client (default 20). Each
 * client is one applicant (applicant-1 and applicant-2 alternate) with the manager approving its
 * applications; a warm-up of one lifecycle per client runs first and is not counted. Before the load, it
 * prints what authentication costs: the median of sequential {@code GET /} anonymous, authenticated and
 * with a wrong password; after the load, how long the actions waited for the read model (read-your-writes), the
 * peak heap during the load, and the same lifecycles' commands sent through the {@code CommandGateway} of the same
 * JVM by as many threads (lifecycles/s beside those over HTTP). Run with {@code exec:exec} and {@code -Xmx1g} to see
 * the system serve the load in a 1 GB heap (the README's command).
 */
public final class ApiBenchmark {

    private static final int SEQUENTIAL = 5_000;
    /** Rounds of the three sequential requests before those measured: the JIT compiles the anonymous path late. */
    private static final int WARM_UP = 20_000;
    private static final String READ_YOUR_WRITES = "lc.gateway.read.your.writes";

    private final StandaloneSystem system;
    private final LifecycleLoad load;

    private ApiBenchmark(StandaloneSystem system) {
        this.system = system;
        this.load = new LifecycleLoad(system.root());
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int lifecycles = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (StandaloneSystem system = StandaloneSystem.start()) {
            new ApiBenchmark(system).run(clients, lifecycles);
        }
        System.exit(0);
    }

    private void run(int clients, int lifecycles) throws Exception {
        concurrently(clients, 1, load::lifecycle);
        load.takeLatencies();
        sequentialRoots();

        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        double lifecycleSeconds = concurrently(clients, lifecycles, load::lifecycle);
        List<String> readYourWrites = readYourWrites();
        Map<String, List<Long>> lifecycleLatencies = load.takeLatencies();
        int requests = lifecycleLatencies.values().stream().mapToInt(List::size).sum();
        double rootSeconds = concurrently(clients, requests / clients, load::root);
        List<Long> roots = load.takeLatencies().get("GET /");
        long peakHeap = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        CommandGateway commands = system.bean(CommandGateway.class);
        double commandSeconds = concurrently(clients, lifecycles,
                client -> LifecycleLoad.lifecycleCommands().forEach(commands::sendAndWait));

        System.out.printf("%nAPI benchmark: %d clients x %d lifecycles, %d cores, over HTTP to %s%n",
                clients, lifecycles, Runtime.getRuntime().availableProcessors(), system.root());
        System.out.printf("lifecycles: %d in %.1f s = %.2f lifecycles/s (%d requests, %.1f requests/s)%n",
                clients * lifecycles, lifecycleSeconds, clients * lifecycles / lifecycleSeconds, requests, requests / lifecycleSeconds);
        System.out.printf("the same lifecycles' commands through the CommandGateway in this JVM, %d threads: %.2f lifecycles/s"
                + " (HTTP / CommandGateway = %.2f)%n", clients, clients * lifecycles / commandSeconds, commandSeconds / lifecycleSeconds);
        System.out.printf("peak heap during the load: %,d MB of %,d MB%n", peakHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("503 answers retried: %d%n", load.unavailable());
        System.out.printf("GET /:      %d in %.1f s = %.1f requests/s%n", requests, rootSeconds, requests / rootSeconds);
        LifecycleLoad.printHeader();
        lifecycleLatencies.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> LifecycleLoad.print(entry.getKey(), entry.getValue()));
        List<Long> allActions = lifecycleLatencies.values().stream().flatMap(List::stream).toList();
        LifecycleLoad.print("all lifecycle requests", allActions);
        LifecycleLoad.print("GET / (baseline)", roots);
        System.out.printf("%nread-your-writes: how long an action waited for the read model to show it, as the gateway timed it "
                + "(its percentiles decay over two minutes: read right after the lifecycles)%n");
        readYourWrites.forEach(System.out::println);
        System.out.printf("ratio: a lifecycle request takes %.1f x a GET / (mean); throughput GET / : lifecycle requests = %.1f : 1%n",
                LifecycleLoad.mean(allActions) / LifecycleLoad.mean(roots), (requests / rootSeconds) / (requests / lifecycleSeconds));
    }

    /** The gateway's read-your-writes timers, one line per outcome: count, mean, p50, p99 in milliseconds. */
    private List<String> readYourWrites() {
        return system.bean(MeterRegistry.class).find(READ_YOUR_WRITES).timers().stream()
                .map(timer -> {
                    HistogramSnapshot snapshot = timer.takeSnapshot();
                    StringBuilder line = new StringBuilder(String.format("  %-6s n=%d mean=%.1f ms", timer.getId().getTag("outcome"),
                            snapshot.count(), snapshot.mean(TimeUnit.MILLISECONDS)));
                    for (ValueAtPercentile percentile : snapshot.percentileValues()) {
                        line.append(String.format(" p%.0f=%.1f ms", percentile.percentile() * 100, percentile.value(TimeUnit.MILLISECONDS)));
                    }
                    return line.toString();
                })
                .toList();
    }

    /**
     * What authentication costs: {@value #SEQUENTIAL} sequential {@code GET /} each (after {@value #WARM_UP} for warm-up)
     * anonymously (401), as a demo user (200) and with a wrong password (401), on an otherwise idle system; the three
     * take turns, so that whatever else the machine does meanwhile weighs on them alike.
     */
    private void sequentialRoots() {
        URI root = system.root();
        Map<String, Supplier<ApiResponse>> callers = new LinkedHashMap<>();
        callers.put("anonymous (401)", HypermediaClient.anonymous(root)::root);
        callers.put("authenticated (200)", HypermediaClient.as(DemoUser.APPLICANT_1, root)::root);
        callers.put("wrong password (401)", HypermediaClient.withCredentials(DemoUser.APPLICANT_1.userName(), "wrong", root)::root);
        Map<String, List<Long>> micros = new LinkedHashMap<>();
        for (int i = 0; i < WARM_UP + SEQUENTIAL; i++) {
            boolean measured = i >= WARM_UP;
            callers.forEach((name, caller) -> {
                long start = System.nanoTime();
                ApiResponse response = caller.get();
                if (!name.endsWith("(" + response.status() + ")")) {
                    throw new IllegalStateException("GET / " + name + " answered " + response);
                }
                if (measured) {
                    micros.computeIfAbsent(name, key -> new ArrayList<>()).add((System.nanoTime() - start) / 1_000);
                }
            });
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        micros.forEach((name, times) -> medians.put(name, LifecycleLoad.percentile(times.stream().sorted().toList(), 0.50) / 1_000));
        System.out.printf("%nsequential GET /, median of %d (ms):", SEQUENTIAL);
        medians.forEach((name, median) -> System.out.printf("  %s %.2f", name, median));
        System.out.printf("%nratio authenticated / anonymous: %.2f (target <= 1.5)%n",
                medians.get("authenticated (200)") / medians.get("anonymous (401)"));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

}

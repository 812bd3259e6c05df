package com.kpbank.lc.standalone.api;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The benchmarks' load over HTTP: concurrent hypermedia clients, each running whole lifecycles (start, the eight
 * change tasks, submit, the manager's GET and approve) or {@code GET /}, every request timed under its action's name,
 * and the figures printed the same way for every benchmark.
 */
final class LifecycleLoad {

    /** The actions of a lifecycle that send a command: start, the eight changes, submit and approve. */
    static final int COMMANDS_PER_LIFECYCLE = 11;
    private static final int MAX_RETRIES = 5;
    private static final String GET_PREFIX = "GET ";

    private final URI root;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final AtomicInteger unavailable = new AtomicInteger();

    LifecycleLoad(URI root) {
        this.root = root;
    }

    /** One lifecycle of a client (applicant-1 and applicant-2 alternate), each request timed under its action's name. */
    void lifecycle(int client) {
        HypermediaClient applicant = HypermediaClient.as(applicant(client), root);
        HypermediaClient manager = HypermediaClient.as(DemoUser.MANAGER, root);
        ApiResponse home = timed(GET_PREFIX + "/ (applicant)", 200, applicant::root);
        ApiResponse application = timed("start", 201,
                () -> applicant.submit(home, "start", Map.of("clientReference", "BENCH-" + client)));
        for (Drafts.Change change : Drafts.complete("25000.00", "USD", "benchmark steel pipes")) {
            ApiResponse draft = application;
            application = timed(change.template(), 200, () -> applicant.submit(draft, change.template(), change.values()));
        }
        ApiResponse draft = application;
        ApiResponse submitted = timed("submit", 200, () -> applicant.submit(draft, "submit", Map.of()));
        ApiResponse seenByManager = timed(GET_PREFIX + "application (manager)", 200, () -> manager.reload(submitted));
        timed("approve", 200, () -> manager.submit(seenByManager, "approve", Map.of()));
    }

    /** One {@code GET /} of a client, timed as {@code GET /}. */
    void root(int client) {
        timed(GET_PREFIX + "/", 200, HypermediaClient.as(applicant(client), root)::root);
    }

    private static DemoUser applicant(int client) {
        return client % 2 == 0 ? DemoUser.APPLICANT_1 : DemoUser.APPLICANT_2;
    }

    /** A lifecycle's commands as the HTTP lifecycle sends them, for a new application: start, the eight changes, submit, approve. */
    static List<Object> lifecycleCommands() {
        return LCApplicationLifecycle.approved(LCApplicationId.newId());
    }

    /** The latencies timed since the last call, by request name (microseconds); the next ones start afresh. */
    Map<String, List<Long>> takeLatencies() {
        Map<String, List<Long>> taken = Map.copyOf(latencies);
        latencies.clear();
        return taken;
    }

    /** The latencies of the requests that sent a command, out of those {@link #takeLatencies()} answered. */
    static List<Long> commandLatencies(Map<String, List<Long>> latencies) {
        return latencies.entrySet().stream().filter(entry -> !entry.getKey().startsWith(GET_PREFIX))
                .flatMap(entry -> entry.getValue().stream()).toList();
    }

    /** How many 503 answers were retried so far. */
    int unavailable() {
        return unavailable.get();
    }

    /**
     * Times a request, retrying it while it answers 503 as its problem asks ("try again later"): the
     * latency includes the retries, and every 503 is counted.
     */
    private ApiResponse timed(String name, int expectedStatus, Supplier<ApiResponse> request) {
        long start = System.nanoTime();
        ApiResponse response = request.get();
        for (int retry = 0; retry < MAX_RETRIES && response.status() == 503; retry++) {
            unavailable.incrementAndGet();
            response = request.get();
        }
        long micros = (System.nanoTime() - start) / 1_000;
        if (response.status() != expectedStatus) {
            throw new IllegalStateException(name + " answered " + response);
        }
        latencies.computeIfAbsent(name, key -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        return response;
    }

    /** Runs {@code times} rounds of the work on each of {@code clients} threads; answers the elapsed seconds. */
    static double concurrently(int clients, int times, IntConsumer work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int id = client;
                running.add(threads.submit(() -> {
                    for (int i = 0; i < times; i++) {
                        work.accept(id);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The header of {@link #print}'s lines. */
    static void printHeader() {
        System.out.printf("%-26s %5s %9s %9s %9s %9s%n", "latency (ms)", "n", "mean", "p50", "p95", "p99");
    }

    /** One line of latencies (microseconds): their number, mean, p50, p95 and p99 in milliseconds. */
    static void print(String name, List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf("%-26s %5d %9.1f %9.1f %9.1f %9.1f%n", name, sorted.size(), mean(sorted) / 1_000,
                percentile(sorted, 0.50) / 1_000, percentile(sorted, 0.95) / 1_000, percentile(sorted, 0.99) / 1_000);
    }

    static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** The value at the quantile of sorted values. */
    static double percentile(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
    }
}

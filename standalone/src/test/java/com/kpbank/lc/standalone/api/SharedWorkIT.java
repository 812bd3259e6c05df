package com.kpbank.lc.standalone.api;

import com.kpbank.lc.analytics.facts.AnalyticsReadModel;
import com.kpbank.lc.analytics.store.EmbeddedMongoServer;
import com.kpbank.lc.elasticsearch.ElasticsearchNode;
import com.kpbank.lc.platform.bookkeeping.PostgresServer;
import com.kpbank.lc.saga.autoapproval.AutoApprovalSaga;
import com.kpbank.lc.search.index.SearchReadModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.kpbank.lc.standalone.api.DemoUser.ANALYST;
import static com.kpbank.lc.standalone.api.DemoUser.APPLICANT_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the system share one PostgreSQL (Axon's JPA event store there stands in for Axon Server, which the
 * build machines lack; tokens, sagas and deadlines beside it), one Elasticsearch node and one Mongo-protocol store, so
 * that each processing component — the search and analytics projections, the auto-approval saga, the approval
 * reminders' deadlines — runs twice over the same work. The instances take half of every processor's segments each;
 * every event is handled by one of them, never by both, and every deadline delivered once ({@link HandlingLedger}
 * writes down each handling that took effect); when one is killed (SIGKILL), the other takes over its segments and the
 * work goes on, nothing lost and nothing done by both. (With two writers, Axon's JPA event store, which stands in for
 * Axon Server here, has now and then handed an instance's projections an event a second time, seen once in six runs:
 * AxonIQ/AxonFramework#2232. The projections are idempotent; the test prints such re-deliveries and does not count them.)
 * <p>
 * Without Axon Server the instances' buses are their own: an action's answer waits for the read model only on the
 * instance that took it, and when the other instance projects the application the answer is 202 and the client reads
 * the outcome once it is there.
 */
class SharedWorkIT {

    private static final int SEGMENTS = 4;
    private static final Set<String> PROCESSORS = Set.of(SearchReadModel.NAME, AnalyticsReadModel.NAME, AutoApprovalSaga.PROCESSING_GROUP);
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final List<String> CHECKS = List.of("record-product-value-check", "record-product-legality-check",
            "record-applicant-credit-check");

    private static Path dataDir;
    private static PostgresServer postgres;
    private static ElasticsearchNode searchNode;
    private static EmbeddedMongoServer analyticsStore;
    private static JdbcTemplate database;
    private static Path ledgerClasses;
    private static final List<StandaloneProcess> instances = new ArrayList<>();

    @BeforeAll
    static void startTheSharedStores() throws IOException, URISyntaxException {
        dataDir = Files.createTempDirectory("lc-shared-work-");
        postgres = PostgresServer.start();
        searchNode = ElasticsearchNode.start(dataDir.resolve("elasticsearch"));
        analyticsStore = EmbeddedMongoServer.start(dataDir.resolve("analytics").resolve("analytics.mv"), 0);
        database = new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl(), PostgresServer.USER, ""));
        database.execute(HandlingLedger.CREATE_TABLE);
        ledgerClasses = ledgerClasses();
    }

    @AfterAll
    static void stopEverything() {
        instances.forEach(instance -> {
            if (instance.healthy()) {
                instance.stop();
            }
        });
        Stream.of(analyticsStore, searchNode, postgres).forEach(store -> {
            if (store != null) {
                try {
                    store.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    @Test
    void two_instances_share_every_processor_handle_each_event_once_and_the_survivor_of_a_kill_takes_over() throws IOException {
        StandaloneProcess first = instance("first");
        first.start();
        StandaloneProcess second = instance("second");
        second.start();

        await("every processor's segments shared half and half").atMost(EVENTUALLY).until(SharedWorkIT::owners, byProcessor ->
                byProcessor.keySet().equals(PROCESSORS) && byProcessor.values().stream().allMatch(owners -> owners.size() == SEGMENTS && !owners.contains(null) && owners.stream().distinct().count() == 2
                        && owners.stream().filter(owners.get(0)::equals).count() == SEGMENTS / 2));
        List<URI> approvedAutomatically = new ArrayList<>();
        List<URI> reminded = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            StandaloneProcess on = i % 2 == 0 ? first : second;
            approvedAutomatically.add(checked(on, "SHARED-AUTO-" + i, "8000.00"));
            reminded.add(submitted(on, "SHARED-REMINDED-" + i, "25000.00"));
        }
        awaitEveryApplicationProjectedAndDecided(second, approvedAutomatically, reminded);
        assertThat(database.queryForList("select distinct instance from " + HandlingLedger.TABLE, String.class))
                .as("both instances handled events")
                .containsExactlyInAnyOrder("first", "second");

        first.kill();
        for (int i = 0; i < 2; i++) {
            approvedAutomatically.add(checked(second, "SURVIVOR-AUTO-" + i, "8000.00"));
            reminded.add(submitted(second, "SURVIVOR-REMINDED-" + i, "25000.00"));
        }
        awaitEveryApplicationProjectedAndDecided(second, approvedAutomatically, reminded);
        await("the survivor holds every segment of every processor").atMost(EVENTUALLY).until(SharedWorkIT::owners, byProcessor ->
                byProcessor.keySet().equals(PROCESSORS) && byProcessor.values().stream().allMatch(owners -> owners.size() == SEGMENTS && owners.get(0) != null && owners.stream().distinct().count() == 1));

        assertThat(database.queryForList("select handler, message_id, payload_type, string_agg(instance, ', ') as instances from "
                + HandlingLedger.TABLE + " group by handler, message_id, payload_type having count(distinct instance) > 1"))
                .as("events and deadlines handled by both instances").isEmpty();
        assertThat(database.queryForList("select handler, message_id, instance from " + HandlingLedger.TABLE
                + " where handler like 'deadline %' or handler = ? group by handler, message_id, instance having count(*) > 1",
                AutoApprovalSaga.PROCESSING_GROUP)).as("deadlines delivered or auto-approvals run twice").isEmpty();
        System.out.println("events an instance's own event store handed again to its projections (idempotent; Axon's JPA store with"
                + " two writers): " + database.queryForList("select handler, message_id, instance from " + HandlingLedger.TABLE
                + " group by handler, message_id, instance having count(*) > 1"));
        assertThat(unhandledEvents()).as("events of a type a processor handles that it never handled").isEmpty();
        assertThat(database.queryForObject("select count(*) from " + HandlingLedger.TABLE + " where payload_type = 'ApprovalReminder'",
                Long.class)).as("reminders delivered, one for each reminder event").isEqualTo(database.queryForObject(
                "select count(*) from domain_event_entry where payload_type like '%.LCApprovalPending'"
                + " or payload_type like '%.LCApprovalPastDue'", Long.class));
        assertThat(database.queryForObject("select count(*) from domain_event_entry where payload_type like '%.LCApplicationApproved'",
                Long.class)).as("each small application approved once").isEqualTo(approvedAutomatically.size());
    }

    /** An instance of the system on the shared stores, with the ledger, reminders every two seconds. */
    private static StandaloneProcess instance(String name) throws IOException {
        Path instanceDir = Files.createDirectories(dataDir.resolve(name));
        StandaloneProcess instance = new StandaloneProcess(instanceDir, List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password=",
                "--spring.jpa.database-platform=com.kpbank.lc.platform.bookkeeping.BookkeepingPostgreSQLDialect",
                "--lc.search.elasticsearch.uri=" + searchNode.httpUri(),
                "--spring.data.mongodb.uri=" + analyticsStore.getConnectionString().getConnectionString(),
                "--lc.processing.segments=" + SEGMENTS,
                "--lc.approval-reminders.interval=PT2S",
                "--lc.deadlines.retry-delay=PT1S",
                "--lc.gateway.read-your-writes-within=PT0.1S",
                "--spring.main.sources=" + HandlingLedger.class.getName(),
                "--ledger.instance=" + name), ledgerClasses);
        instances.add(instance);
        return instance;
    }

    /** A directory with the ledger's classes alone, for the instances' class path. */
    private static Path ledgerClasses() throws IOException, URISyntaxException {
        Path compiled = Path.of(HandlingLedger.class.getResource(HandlingLedger.class.getSimpleName() + ".class").toURI()).getParent();
        Path packageDir = Files.createDirectories(dataDir.resolve("ledger-classes")
                .resolve(HandlingLedger.class.getPackageName().replace('.', '/')));
        try (Stream<Path> classes = Files.list(compiled)) {
            for (Path file : classes.filter(file -> file.getFileName().toString().startsWith(HandlingLedger.class.getSimpleName())).toList()) {
                Files.copy(file, packageDir.resolve(file.getFileName()));
            }
        }
        return dataDir.resolve("ledger-classes");
    }

    /** Who claims each segment of each processor, by processor, segment by segment (null: nobody). */
    private static Map<String, List<String>> owners() {
        Map<String, List<String>> owners = new TreeMap<>();
        database.query("select processor_name, segment, owner from token_entry where processor_name in (?, ?, ?) order by processor_name, segment",
                (RowCallbackHandler) row -> owners.computeIfAbsent(row.getString("processor_name"), processor -> new ArrayList<>()).add(row.getString("owner")),
                PROCESSORS.toArray());
        return owners;
    }

    /** A small application submitted and every check recorded as passed on that instance: the auto-approval's to approve. */
    private static URI checked(StandaloneProcess on, String clientReference, String amount) {
        URI application = submitted(on, clientReference, amount);
        for (String check : CHECKS) {
            act(HypermediaClient.as(ANALYST, on.root()), application, check, Drafts.approvedCheck());
        }
        return application;
    }

    /** An application drafted and submitted through that instance: the reminders' until it is decided. */
    private static URI submitted(StandaloneProcess on, String clientReference, String amount) {
        HypermediaClient applicant = HypermediaClient.as(APPLICANT_1, on.root());
        ApiResponse started = applicant.submit(applicant.root(), "start", Map.of("clientReference", clientReference));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        URI application = started.location().orElseThrow();
        for (Drafts.Change change : Drafts.complete(amount, "USD", "seamless steel pipes")) {
            act(applicant, application, change.template(), change.values());
        }
        act(applicant, application, "submit", Map.of());
        return application;
    }

    /**
     * Takes the action offered by the application as this user sees it once the read model shows it, and waits until
     * the read model shows its outcome: the answer is the application (200) or, when the other instance projects it,
     * only accepted (202). Read again and tried again when the application moved on in between (412, e.g. a reminder),
     * or when its instance's copy of the application was stale (503: the other instance moved it on, and the failed
     * command evicted that copy).
     */
    private static void act(HypermediaClient user, URI application, String template, Map<String, ?> values) {
        long[] expected = {Long.MAX_VALUE};
        await(template).atMost(EVENTUALLY).until(() -> {
            ApiResponse current = user.get(application);
            if (current.status() != 200 || !current.templates().contains(template)) {
                return false;
            }
            ApiResponse answer = user.submit(current, template, values);
            assertThat(answer.status()).as(template + ": " + answer).isIn(200, 202, 412, 503);
            expected[0] = current.version().orElseThrow() + 1;
            return answer.status() == 200 || answer.status() == 202;
        });
        await(template + " shown").atMost(EVENTUALLY).until(() -> user.get(application).version().orElse(-1L) >= expected[0]);
    }

    /**
     * Each small application approved (as the search read model shows it through that instance), each large one past
     * due once (in the event store), and every event handled by every projection that handles its type.
     */
    private static void awaitEveryApplicationProjectedAndDecided(StandaloneProcess on, List<URI> approvedAutomatically, List<URI> reminded) {
        HypermediaClient applicant = HypermediaClient.as(APPLICANT_1, on.root());
        await("the small applications approved by the auto-approval").atMost(EVENTUALLY).until(() -> approvedAutomatically.stream()
                .allMatch(application -> applicant.get(rebased(application, on)).text("state").filter("APPROVED"::equals).isPresent()));
        await("each large application past due once").atMost(EVENTUALLY).until(() -> reminded.stream().allMatch(application ->
                database.queryForObject("select count(*) from domain_event_entry where payload_type like '%.LCApprovalPastDue'"
                        + " and aggregate_identifier = ?", Long.class, application.getRawPath().replaceFirst(".*/", "")) == 1));
        await("every event handled by every processor that handles its type").atMost(EVENTUALLY)
                .until(() -> unhandledEvents().isEmpty());
    }

    /**
     * The events in the store that an event processor other than the saga's (which handles only the applications it
     * has a process for) handles events of the type of, but has not handled: by processor, message and type.
     */
    private static List<Map<String, Object>> unhandledEvents() {
        return database.queryForList("select h.handler, e.event_identifier, e.payload_type from domain_event_entry e"
                + " join (select distinct handler, payload_type from " + HandlingLedger.TABLE
                + " where handler not like 'deadline %' and handler <> ?) h on e.payload_type like '%.' || h.payload_type"
                + " where not exists (select 1 from " + HandlingLedger.TABLE + " l"
                + " where l.handler = h.handler and l.message_id = e.event_identifier)", AutoApprovalSaga.PROCESSING_GROUP);
    }

    /** The application's URI on that instance. */
    private static URI rebased(URI application, StandaloneProcess on) {
        return on.root().resolve(application.getRawPath());
    }
}

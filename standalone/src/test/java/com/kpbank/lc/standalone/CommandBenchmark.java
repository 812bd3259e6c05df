package com.kpbank.lc.standalone;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.command.CommandServiceApplication;
import com.kpbank.lc.command.lcapplication.LCApplication;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;
import com.kpbank.lc.platform.ServiceLauncher;
import jakarta.persistence.EntityManager;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Throughput of the LC application's command handling, against a bare Axon aggregate on the same store, and
 * the load time of an application with 1,000 events with and without snapshots. It prints figures; it is not
 * a test and no build runs it. Run it (after installing the modules standalone depends on) with:
 * <pre>
 * ./mvnw -B -pl standalone test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.kpbank.lc.standalone.CommandBenchmark -Dexec.args="300"
 * </pre>
 * The argument is the number of lifecycles (default 300); a second argument {@code db-scheduler} runs the command
 * service with Axon's {@link DbSchedulerDeadlineManager} (db-scheduler's table in the same database, its
 * connections joining the command's transaction) in place of the platform's {@code JpaDeadlineManager};
 * {@code axon-server} runs it against the Axon Server at {@code AXON_SERVER_ADDRESS} (default 127.0.0.1:8124), which
 * stores the events and routes every command, the bare aggregates' alike (no load times then; run it while no
 * command service is connected to that Axon Server, which would be sent some of the commands). It runs
 * the command service's own context (its aggregate, interceptors, durable deadline manager) on the embedded JPA event store in a fresh H2 file
 * database, without the read models of the standalone composition, so the figures are the command side's.
 * One thread sends every command and waits for its result; after a warm-up, the LC application's lifecycles
 * and the bare aggregate's alternate in ten rounds. The bare aggregate runs twice: as Axon configures it by
 * default (the target's baseline), and behind the same kind of cache of aggregates in memory as the LC
 * application, so that the cost of the LC application's rules and deadlines shows on its own. Before the rounds,
 * {@value #PENDING} submitted applications are left waiting for a decision, as a bank's are, so that each
 * decision cancels its reminder among theirs.
 */
public final class CommandBenchmark {

    private static final int COMMANDS_PER_LIFECYCLE = 11;
    private static final int EVENTS_FOR_LOAD = 1_000;
    private static final int LOADS = 20;
    /** The two kinds of lifecycles alternate in rounds, so that both see the same load of a shared machine. */
    private static final int ROUNDS = 10;
    private static final int PENDING = 1_000;
    private static final String AXON_SERVER_ADDRESS = System.getenv().getOrDefault("AXON_SERVER_ADDRESS", "127.0.0.1:8124");

    private CommandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(ServiceLauncher.NO_UPDATE_CHECK, "true");
        int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        if (lifecycles < ROUNDS) {
            throw new IllegalArgumentException("at least " + ROUNDS + " lifecycles: they are sent in " + ROUNDS + " rounds");
        }
        String variant = args.length > 1 ? args[1] : "";
        boolean dbScheduler = variant.equals("db-scheduler");
        boolean axonServer = variant.equals("axon-server");
        String store = axonServer ? "Axon Server at " + AXON_SERVER_ADDRESS + " (commands routed through it)" : "embedded JPA event store (H2 file)";
        Path dataDir = Files.createTempDirectory("lc-command-benchmark");
        SpringApplicationBuilder application = dbScheduler
                ? new SpringApplicationBuilder(CommandServiceApplication.class, BareAxonAggregateModule.class, DbSchedulerDeadlines.class)
                        .properties("spring.main.allow-bean-definition-overriding=true")
                : new SpringApplicationBuilder(CommandServiceApplication.class, BareAxonAggregateModule.class);
        try (ConfigurableApplicationContext context = application
                .run("--lc.data-dir=" + dataDir, "--spring.main.web-application-type=none",
                     "--axon.axonserver.enabled=" + axonServer, "--axon.axonserver.servers=" + AXON_SERVER_ADDRESS)) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            String deadlines = context.getBean(DeadlineManager.class).getClass().getSimpleName();
            for (int i = 0; i < PENDING; i++) {
                lcLifecycle(UUID.randomUUID().toString()).subList(0, COMMANDS_PER_LIFECYCLE - 1).forEach(commands::sendAndWait);
            }

            run(commands, lifecycles / 5 + 1, CommandBenchmark::lcLifecycle);
            run(commands, lifecycles / 5 + 1, CommandBenchmark::bareLifecycle);
            run(commands, lifecycles / 5 + 1, CommandBenchmark::cachedBareLifecycle);
            List<Long> lcNanos = new ArrayList<>();
            List<Long> bareNanos = new ArrayList<>();
            List<Long> cachedBareNanos = new ArrayList<>();
            double lcSeconds = 0;
            double bareSeconds = 0;
            double cachedBareSeconds = 0;
            List<Double> roundRatios = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                double lcRound = run(commands, lifecycles / ROUNDS, CommandBenchmark::lcLifecycle, lcNanos);
                bareSeconds += run(commands, lifecycles / ROUNDS, CommandBenchmark::bareLifecycle, bareNanos);
                double cachedBareRound = run(commands, lifecycles / ROUNDS, CommandBenchmark::cachedBareLifecycle, cachedBareNanos);
                lcSeconds += lcRound;
                cachedBareSeconds += cachedBareRound;
                roundRatios.add(cachedBareRound / lcRound);
            }
            List<Double> sortedRoundRatios = roundRatios.stream().sorted().toList();
            // Axon Server keeps the events: the snapshots' table to delete from is the embedded store's
            double[] loadMillis = axonServer ? null : loadTimes(context, commands);

            int total = lifecycles / ROUNDS * ROUNDS * COMMANDS_PER_LIFECYCLE;
            System.out.printf("%n=== LC command benchmark: command service context, %s, %d cores ===%n",
                              store, Runtime.getRuntime().availableProcessors());
            System.out.printf("lifecycles: %d, each %d commands and %d events (start, 8 changes, submit, approve); deadlines: %s, %,d applications pending%n",
                              lifecycles / ROUNDS * ROUNDS, COMMANDS_PER_LIFECYCLE, COMMANDS_PER_LIFECYCLE, deadlines, PENDING);
            System.out.printf("LCApplication:       %8.0f commands/s  %8.0f events/s  (%.1f s)%n",
                              total / lcSeconds, total / lcSeconds, lcSeconds);
            System.out.printf("bare Axon aggregate: %8.0f commands/s  %8.0f events/s  (%.1f s, same number of commands)%n",
                              total / bareSeconds, total / bareSeconds, bareSeconds);
            System.out.printf("bare, cached like LCApplication: %8.0f commands/s  %8.0f events/s  (%.1f s, same number of commands)%n",
                              total / cachedBareSeconds, total / cachedBareSeconds, cachedBareSeconds);
            System.out.printf("ratio LCApplication / bare: %.2f (target >= 0.70)%n", bareSeconds / lcSeconds);
            System.out.printf("ratio LCApplication / bare cached like it: %.2f (of each round's, median %.2f, %.2f to %.2f)%n",
                              cachedBareSeconds / lcSeconds, (sortedRoundRatios.get((ROUNDS - 1) / 2) + sortedRoundRatios.get(ROUNDS / 2)) / 2,
                              sortedRoundRatios.get(0), sortedRoundRatios.get(ROUNDS - 1));
            System.out.printf("latency of a command, p50 / p99: LCApplication %s, bare %s, bare cached %s%n",
                              percentiles(lcNanos), percentiles(bareNanos), percentiles(cachedBareNanos));
            if (loadMillis != null) {
                System.out.printf("load of an application with %,d events, mean of %d: with snapshots %.2f ms, without %.2f ms%n",
                                  EVENTS_FOR_LOAD, LOADS, loadMillis[0], loadMillis[1]);
            }
            System.out.println();
        }
        // client libraries on the class path (e.g. the MongoDB driver's monitor) leave threads that would keep exec:java waiting
        System.exit(0);
    }

    private static double run(CommandGateway commands, int lifecycles, Function<String, List<Object>> lifecycle) {
        return run(commands, lifecycles, lifecycle, new ArrayList<>());
    }

    /** Sends the lifecycles' commands one after the other; answers the seconds taken, adding each command's nanoseconds. */
    private static double run(CommandGateway commands, int lifecycles, Function<String, List<Object>> lifecycle, List<Long> nanos) {
        List<List<Object>> all = new ArrayList<>();
        for (int i = 0; i < lifecycles; i++) {
            all.add(lifecycle.apply(UUID.randomUUID().toString()));
        }
        long start = System.nanoTime();
        all.forEach(each -> each.forEach(command -> {
            long sent = System.nanoTime();
            commands.sendAndWait(command);
            nanos.add(System.nanoTime() - sent);
        }));
        return (System.nanoTime() - start) / 1e9;
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format("%.2f / %.2f ms", sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }

    private static List<Object> lcLifecycle(String id) {
        return LCApplicationLifecycle.approved(LCApplicationId.of(id));
    }

    private static List<Object> bareLifecycle(String id) {
        return Collections.nCopies(COMMANDS_PER_LIFECYCLE, new BareCommand(id));
    }

    private static List<Object> cachedBareLifecycle(String id) {
        return Collections.nCopies(COMMANDS_PER_LIFECYCLE, new CachedBareCommand(id));
    }

    /**
     * Mean time to load two applications of 1,000 events from the event store (not from the service's cache of
     * applications): one from its latest snapshot; the other, its snapshots deleted, from all its events.
     */
    private static double[] loadTimes(ConfigurableApplicationContext context, CommandGateway commands) {
        LCApplicationId withSnapshots = applicationWithManyEvents(commands);
        LCApplicationId withoutSnapshots = applicationWithManyEvents(commands);
        EntityManager entityManager = context.getBean(EntityManager.class);
        Integer deleted = context.getBean(TransactionTemplate.class).execute(tx -> entityManager
                .createQuery("delete from SnapshotEventEntry s where s.aggregateIdentifier = :id")
                .setParameter("id", withoutSnapshots.toString())
                .executeUpdate());
        if (deleted == null || deleted == 0) {
            throw new IllegalStateException("expected snapshots of " + withoutSnapshots + " to delete");
        }
        Repository<LCApplication> fromTheStore = EventSourcingRepository.builder(LCApplication.class)
                                                                        .eventStore(context.getBean(EventStore.class))
                                                                        .build();
        return new double[]{meanLoadMillis(fromTheStore, withSnapshots), meanLoadMillis(fromTheStore, withoutSnapshots)};
    }

    private static LCApplicationId applicationWithManyEvents(CommandGateway commands) {
        LCApplicationId id = LCApplicationId.newId();
        commands.sendAndWait(new StartNewLCApplication(id, new ApplicantId("applicant-1"), new ClientReference("LOAD-TEST")));
        for (int i = 1; i < EVENTS_FOR_LOAD; i++) {
            commands.sendAndWait(new ChangeAmount(id, Money.of(i % 2 == 0 ? "1000" : "2000", "USD"), 0, null));
        }
        return id;
    }

    /** Loads in a unit of work of its own, rolled back, as a command would before handling. */
    private static double meanLoadMillis(Repository<LCApplication> repository, LCApplicationId id) {
        long total = 0;
        for (int i = -5; i < LOADS; i++) {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            long start = System.nanoTime();
            try {
                repository.load(id.toString()).version();
            } finally {
                unitOfWork.rollback();
            }
            if (i >= 0) {
                total += System.nanoTime() - start;
            }
        }
        return total / 1e6 / LOADS;
    }

    /**
     * Axon's deadline manager on db-scheduler, in place of the platform's: its table in the command service's
     * database, its connections those of the command's transaction (so a reminder is scheduled and cancelled with
     * the command's events, as the platform's are), deadlines in JSON like every other message.
     */
    public static class DbSchedulerDeadlines {

        @Bean(initMethod = "start", destroyMethod = "stop")
        public Scheduler dbScheduler(DataSource dataSource, ObjectProvider<DbSchedulerDeadlineManager> deadlineManager) {
            new JdbcTemplate(dataSource).execute("""
                    create table if not exists scheduled_tasks (
                      task_name varchar(100) not null, task_instance varchar(100) not null, task_data blob,
                      execution_time timestamp with time zone not null, picked boolean not null, picked_by varchar(50),
                      last_success timestamp with time zone, last_failure timestamp with time zone,
                      consecutive_failures int, last_heartbeat timestamp with time zone, version bigint not null,
                      priority smallint, primary key (task_name, task_instance));
                    create index if not exists execution_time_idx on scheduled_tasks (execution_time);
                    create index if not exists last_heartbeat_idx on scheduled_tasks (last_heartbeat)""");
            return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                                    DbSchedulerDeadlineManager.humanReadableTask(deadlineManager::getObject))
                            .pollingInterval(Duration.ofSeconds(1))
                            .build();
        }

        @Bean
        public DbSchedulerDeadlineManager deadlineManager(Scheduler dbScheduler, org.axonframework.config.Configuration axonConfiguration,
                                                          Serializer serializer, TransactionManager transactionManager,
                                                          DeadlineManagerSpanFactory spanFactory) {
            return DbSchedulerDeadlineManager.builder()
                                             .scheduler(dbScheduler)
                                             .scopeAwareProvider(new ConfigurationScopeAwareProvider(axonConfiguration))
                                             .serializer(serializer)
                                             .transactionManager(transactionManager)
                                             .spanFactory(spanFactory)
                                             .useBinaryPojo(false)
                                             .startScheduler(false)
                                             .stopScheduler(false)
                                             .build();
        }
    }

    /** The bare Axon aggregate: registered only here, never found by the standalone composition's scanning. */
    public static class BareAxonAggregateModule {

        @Bean
        public ConfigurerModule bareAxonAggregate() {
            return configurer -> configurer.configureAggregate(BareAggregate.class);
        }

        @Bean
        public ConfigurerModule cachedBareAxonAggregate() {
            return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(CachedBareAggregate.class)
                                                                                   .configureCache(configuration -> new WeakReferenceCache()));
        }
    }

    /** One command, one event, no rules. */
    public static class BareAggregate extends MinimalAggregate {

        protected BareAggregate() {
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        public void handle(BareCommand command) {
            apply(new BareEvent(command.id()));
        }
    }

    /** The bare aggregate behind the same kind of cache of aggregates in memory as the LC application. */
    public static class CachedBareAggregate extends MinimalAggregate {

        protected CachedBareAggregate() {
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        public void handle(CachedBareCommand command) {
            apply(new BareEvent(command.id()));
        }
    }

    /** The state of both bare aggregates: their identifier. */
    public abstract static class MinimalAggregate {

        @AggregateIdentifier
        private String id;

        @EventSourcingHandler
        void on(BareEvent event) {
            id = event.id();
        }
    }

    public record BareCommand(@TargetAggregateIdentifier String id) {
    }

    public record CachedBareCommand(@TargetAggregateIdentifier String id) {
    }

    public record BareEvent(String id) {
    }
}

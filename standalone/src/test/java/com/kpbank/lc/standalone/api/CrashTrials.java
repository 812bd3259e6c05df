package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.ExpiryDateChanged;
import com.kpbank.lc.api.event.ConditionsChanged;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.AdvisingBankChanged;
import com.kpbank.lc.api.event.BeneficiaryChanged;
import com.kpbank.lc.api.event.ApplicantChanged;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.standalone.api.StoredEvents.StoredEvent;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * Crash trials of the standalone system: clients drive whole lifecycles over HTTP while the system is killed with
 * SIGKILL, again and again, each time after a number of acknowledged actions drawn from a seeded random, and
 * started again on the same data. After the last restart, with the clients stopped, it waits until the read models
 * and the processes agree with the event store — read from disk — and says what did not:
 * <ul>
 *   <li>an action answered 2xx whose event is not stored (lost), or an event stored more often than its action was
 *       sent or its deadline is due (duplicated);</li>
 *   <li>a stored application that the search read model does not show at its stored version, state and reminders;</li>
 *   <li>analytics that do not count each stored application exactly once;</li>
 *   <li>a waiting application whose reminders and past-due notice did not all come, or a small application whose
 *       three checks passed that the auto-approval did not approve.</li>
 * </ul>
 * {@link CrashIT} runs five kills; {@link #main} any number, printing its figures (the README's Benchmarks).
 */
public final class CrashTrials {

    /** Short, so that reminders and past-due notices fall due within the trials and after them. */
    static final Duration REMINDER_INTERVAL = Duration.ofSeconds(5);
    private static final Duration CATCH_UP_BOUND = Duration.ofMinutes(3);
    private static final int CLIENTS = 2;
    private static final BigDecimal AUTO_APPROVAL_THRESHOLD_USD = new BigDecimal("10000");
    private static final Map<String, Class<?>> EVENT_OF_ACTION = Map.ofEntries(
            Map.entry("start", LCApplicationStarted.class),
            Map.entry("change-applicant", ApplicantChanged.class),
            Map.entry("change-beneficiary", BeneficiaryChanged.class),
            Map.entry("change-advising-bank", AdvisingBankChanged.class),
            Map.entry("change-amount", LCAmountChanged.class),
            Map.entry("change-merchandise", MerchandiseChanged.class),
            Map.entry("change-documents", RequiredDocumentsChanged.class),
            Map.entry("change-conditions", ConditionsChanged.class),
            Map.entry("change-expiry-date", ExpiryDateChanged.class),
            Map.entry("submit", LCApplicationSubmitted.class),
            Map.entry("approve", LCApplicationApproved.class),
            Map.entry("decline", LCApplicationDeclined.class),
            Map.entry("cancel", LCApplicationCancelled.class),
            Map.entry("record-product-value-check", ProductValueValidated.class),
            Map.entry("record-product-legality-check", ProductLegalityValidated.class),
            Map.entry("record-applicant-credit-check", ApplicantCreditValidated.class));

    /** What one run of trials saw. */
    record Figures(long seed, int kills, long acknowledged, long unanswered, long lost, List<String> duplicates,
                   int applications, int storedEvents, Duration meanStart, Duration catchUp, List<String> disagreements) {

        void print() {
            System.out.printf("%n=== crash trials: standalone system (-Xmx1g) killed with SIGKILL, seed %d, %d cores ===%n",
                              seed, Runtime.getRuntime().availableProcessors());
            System.out.printf("trials (kills and restarts):                 %d%n", kills);
            System.out.printf("actions acknowledged (2xx):                  %d%n", acknowledged);
            System.out.printf("actions sent, not acknowledged:              %d%n", unanswered);
            System.out.printf("lost (acknowledged, not stored):             %d%n", lost);
            System.out.printf("duplicated (stored more often than sent/due): %d%s%n", duplicates.size(), duplicates.isEmpty() ? "" : " " + duplicates);
            System.out.printf("applications / events stored:                %d / %d%n", applications, storedEvents);
            System.out.printf("start of the system (mean of %d):             %.1f s%n", kills + 1, meanStart.toMillis() / 1e3);
            System.out.printf("time to catch up after the last restart:     %.1f s%n", catchUp.toMillis() / 1e3);
            System.out.printf("read models, reminders, sagas disagreeing:   %d%s%n%n", disagreements.size(),
                              disagreements.isEmpty() ? "" : " " + disagreements.subList(0, Math.min(10, disagreements.size())));
        }
    }

    private enum Lifecycle { AUTO_APPROVED, MANAGER_APPROVED, DECLINED, CANCELLED, WAITING }

    /** The client gave up on its lifecycle: the system did not acknowledge an action. */
    private static final class Abandoned extends Exception {
        Abandoned(String why) {
            super(why, null, false, false);
        }
    }

    private final long seed;
    private final int kills;
    private final Path dataDir;
    private final StoredEvents store;
    private final StandaloneProcess system;
    private final Map<DemoUser, HypermediaClient> users = new EnumMap<>(DemoUser.class);
    private final Map<Action, LongAdder> acknowledged = new ConcurrentHashMap<>();
    private final Map<Action, LongAdder> sent = new ConcurrentHashMap<>();
    private final LongAdder acknowledgedTotal = new LongAdder();
    private final LongAdder unanswered = new LongAdder();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final List<String> abandoned = new CopyOnWriteArrayList<>();
    private volatile boolean driving = true;

    CrashTrials(long seed, int kills) {
        this.seed = seed;
        this.kills = kills;
        try {
            this.dataDir = Files.createTempDirectory("lc-crash-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.store = new StoredEvents(dataDir);
        this.system = new StandaloneProcess(dataDir, List.of(
                "--spring.datasource.url=" + store.url(),
                "--lc.approval-reminders.interval=" + REMINDER_INTERVAL));
        for (DemoUser user : DemoUser.values()) {
            users.put(user, HypermediaClient.as(user, system.root()));
        }
    }

    Path dataDir() {
        return dataDir;
    }

    /** Runs the trials and stops the system; the figures say what disagreed, if anything. */
    Figures run() {
        try {
            return trials();
        } finally {
            driving = false;
            system.kill();
        }
    }

    private Figures trials() {
        Random random = new Random(seed);
        Duration starting = system.start();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            long clientSeed = random.nextLong();
            Thread client = new Thread(() -> drive(new Random(clientSeed)), "crash-client-" + i);
            client.start();
            clients.add(client);
        }
        for (int kill = 1; kill <= kills; kill++) {
            long until = acknowledgedTotal.sum() + 10 + random.nextInt(30);
            await("clients acknowledged " + until + " actions; abandoned: " + abandoned).atMost(Duration.ofMinutes(2))
                    .until(() -> acknowledgedTotal.sum() >= until || !unexpected.isEmpty());
            if (!unexpected.isEmpty()) {
                throw new IllegalStateException("the clients met what they did not expect: " + unexpected + "; abandoned: " + abandoned);
            }
            system.kill();
            if (kill == kills) {
                driving = false;
                clients.forEach(CrashTrials::join);
            }
            starting = starting.plus(system.start());
        }
        long catchUpFrom = System.nanoTime();
        List<String> disagreements;
        try {
            disagreements = await("read models, reminders and sagas agree with the event store").atMost(CATCH_UP_BOUND)
                    .pollInterval(Duration.ofMillis(500)).until(this::disagreements, List::isEmpty);
        } catch (ConditionTimeoutException e) {
            disagreements = disagreements();
        }
        Duration catchUp = Duration.ofNanos(System.nanoTime() - catchUpFrom);
        Map<String, List<StoredEvent>> events = store.byAggregate();
        system.stop();
        List<String> all = new ArrayList<>(unexpected);
        all.addAll(disagreements);
        return new Figures(seed, kills, acknowledgedTotal.sum(), unanswered.sum(), lost(events), duplicates(events),
                           events.size(), events.values().stream().mapToInt(List::size).sum(),
                           starting.dividedBy(kills + 1), catchUp, all);
    }

    // --- the clients ---

    private void drive(Random random) {
        Lifecycle[] lifecycles = Lifecycle.values();
        while (driving) {
            try {
                run(lifecycles[random.nextInt(lifecycles.length)], random.nextBoolean() ? DemoUser.APPLICANT_1 : DemoUser.APPLICANT_2);
            } catch (Abandoned e) {
                abandoned.add(e.getMessage());
                awaitSystem();
            } catch (RuntimeException | AssertionError e) {
                unexpected.add(Thread.currentThread().getName() + " failed: " + e);
                return;
            }
        }
    }

    private void run(Lifecycle lifecycle, DemoUser applicant) throws Abandoned {
        HypermediaClient client = users.get(applicant);
        ApiResponse application = act(client, read("root", client::root), "start", Map.of("clientReference", "CRASH-" + lifecycle.ordinal()), null);
        String id = application.text("lcApplicationId").orElseThrow();
        if (lifecycle == Lifecycle.CANCELLED) {
            application = act(client, application, "change-amount", Drafts.amount("2500.00", "USD"), id);
            act(client, application, "cancel", Drafts.reason("ordered elsewhere"), id);
            return;
        }
        String amount = lifecycle == Lifecycle.AUTO_APPROVED ? "5000.00" : "50000.00";
        for (Drafts.Change change : Drafts.complete(amount, "USD", "seamless steel tubes")) {
            application = act(client, application, change.template(), change.values(), id);
        }
        application = act(client, application, "submit", Map.of(), id);
        HypermediaClient manager = users.get(DemoUser.MANAGER);
        switch (lifecycle) {
            case AUTO_APPROVED -> {
                HypermediaClient analyst = users.get(DemoUser.ANALYST);
                for (String check : List.of("record-product-value-check", "record-product-legality-check", "record-applicant-credit-check")) {
                    application = act(analyst, reload(analyst, application), check, Drafts.approvedCheck(), id);
                }
            }
            case MANAGER_APPROVED -> act(manager, reload(manager, application), "approve", Map.of(), id);
            case DECLINED -> act(manager, reload(manager, application), "decline", Drafts.reason("credit line exhausted"), id);
            default -> {
                // waiting for a manager who never comes: its reminders and past-due notice must come
            }
        }
    }

    /**
     * Takes the action; returns the application after it, once the read model shows it (a 202 is followed to its
     * {@code Location}). Counts what was sent and what acknowledged; anything else abandons the lifecycle.
     */
    private ApiResponse act(HypermediaClient client, ApiResponse from, String template, Map<String, ?> values, String id) throws Abandoned {
        if (!driving) {
            throw new Abandoned("the trials are over");
        }
        if (id != null) {
            count(sent, new Action(id, template));
        }
        ApiResponse answer;
        try {
            answer = client.submit(from, template, values);
        } catch (UncheckedIOException e) {
            unanswered.increment();
            throw new Abandoned(template + ": " + e.getMessage());
        }
        if (answer.status() / 100 != 2) {
            unanswered.increment();
            // 412: a reminder changed the application since the client read it, as it may at any time
            if (answer.status() < 500 && answer.status() != 412) {
                unexpected.add(template + " answered " + answer);
            }
            throw new Abandoned(template + " answered " + answer.status());
        }
        String acknowledgedId = id != null ? id : answer.location().map(CrashTrials::lastSegment).orElseThrow();
        count(acknowledged, new Action(acknowledgedId, template));
        if (id == null) {
            count(sent, new Action(acknowledgedId, template));
        }
        acknowledgedTotal.increment();
        if (answer.status() != 202) {
            return answer;
        }
        long before = from.version().orElse(-1L);
        try {
            return await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                          .until(() -> client.get(answer.location().orElseThrow()),
                                 seen -> seen.status() == 200 && seen.version().orElse(-1L) > before);
        } catch (ConditionTimeoutException e) {
            throw new Abandoned(template + " was accepted and never shown");
        }
    }

    private static ApiResponse reload(HypermediaClient client, ApiResponse application) throws Abandoned {
        return read("reload", () -> client.reload(application));
    }

    /** A read the lifecycle needs: anything but a 200 abandons it. */
    private static ApiResponse read(String what, Supplier<ApiResponse> request) throws Abandoned {
        try {
            ApiResponse seen = request.get();
            if (seen.status() != 200) {
                throw new Abandoned(what + " answered " + seen.status());
            }
            return seen;
        } catch (UncheckedIOException e) {
            throw new Abandoned(what + ": " + e.getMessage());
        }
    }

    private void awaitSystem() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
               .until(() -> !driving || system.healthy());
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofMinutes(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- what the event store says, against what was acknowledged and what the read models show ---

    private long lost(Map<String, List<StoredEvent>> events) {
        return acknowledged.entrySet().stream()
                           .mapToLong(ack -> Math.max(0, ack.getValue().sum() - stored(events, ack.getKey())))
                           .sum();
    }

    /** Each event stored more often than its action was sent (a start at most once), or its deadline fell due. */
    private List<String> duplicates(Map<String, List<StoredEvent>> events) {
        List<String> duplicates = new ArrayList<>();
        for (Map.Entry<String, List<StoredEvent>> application : events.entrySet()) {
            String id = application.getKey();
            for (String action : EVENT_OF_ACTION.keySet()) {
                long sentTimes = sent.getOrDefault(new Action(id, action), new LongAdder()).sum();
                // a start that was not answered has no id to count it by; the saga approves without a client
                long allowed = action.equals("start") || (action.equals("approve") && sentTimes == 0) ? 1 : sentTimes;
                long storedTimes = stored(events, new Action(id, action));
                if (storedTimes > allowed) {
                    duplicates.add(id + ": " + action + " sent " + sentTimes + " times, stored " + storedTimes);
                }
            }
            Map<Integer, Long> reminders = new TreeMap<>();
            for (StoredEvent event : application.getValue()) {
                if (event.payload() instanceof LCApprovalPending pending) {
                    reminders.merge(pending.reminderNumber(), 1L, Long::sum);
                } else if (event.payload() instanceof LCApprovalPastDue) {
                    reminders.merge(0, 1L, Long::sum);
                }
            }
            reminders.forEach((number, times) -> {
                if (times > 1) {
                    duplicates.add(id + ": " + (number == 0 ? "past due" : "reminder " + number) + " stored " + times + " times");
                }
            });
        }
        return duplicates;
    }

    /** How many events of the action's kind its application has stored. */
    private static long stored(Map<String, List<StoredEvent>> events, Action action) {
        Class<?> type = EVENT_OF_ACTION.get(action.template());
        return events.getOrDefault(action.applicationId(), List.of()).stream().filter(event -> type.isInstance(event.payload())).count();
    }

    /** Everything that does not (yet) agree with the event store; empty once everything has caught up. */
    private List<String> disagreements() {
        Map<String, List<StoredEvent>> events = store.byAggregate();
        List<String> disagreements = new ArrayList<>();
        Map<DemoUser, List<Application>> perApplicant = new EnumMap<>(DemoUser.class);
        events.forEach((id, history) -> {
            Application application = Application.of(id, history);
            perApplicant.computeIfAbsent(application.applicant(), user -> new ArrayList<>()).add(application);
            disagreements.addAll(application.unfinishedBusiness());
        });
        for (DemoUser applicant : List.of(DemoUser.APPLICANT_1, DemoUser.APPLICANT_2)) {
            List<Application> own = perApplicant.getOrDefault(applicant, List.of());
            disagreements.addAll(searchDisagreements(applicant, own));
            disagreements.addAll(analyticsDisagreements(applicant, own));
        }
        return disagreements;
    }

    private List<String> searchDisagreements(DemoUser applicant, List<Application> own) {
        HypermediaClient client = users.get(applicant);
        Map<String, URI> listed = new TreeMap<>();
        ApiResponse page = client.follow(client.root(), "lc-applications", Map.of("size", 100));
        while (true) {
            for (JsonNode item : page.json().path("_embedded").elements().next()) {
                listed.put(item.path("lcApplicationId").asText(), page.uri().resolve(item.path("_links").path("self").path("href").asText()));
            }
            if (page.href("next").isEmpty()) {
                break;
            }
            page = client.follow(page, "next");
        }
        List<String> disagreements = new ArrayList<>();
        Set<String> stored = new HashSet<>();
        for (Application application : own) {
            stored.add(application.id());
            URI self = listed.get(application.id());
            if (self == null) {
                disagreements.add("search does not list " + application);
                continue;
            }
            ApiResponse seen = client.get(self);
            JsonNode shown = seen.json();
            String found = "state " + seen.text("state").orElse("?") + ", version " + seen.version().orElse(-1L)
                    + ", reminders " + shown.path("remindersSent").asInt() + ", past due " + shown.path("pastDue").asBoolean();
            if (!found.equals(application.shown())) {
                disagreements.add("search shows " + application.id() + " with " + found + ", stored: " + application.shown());
            }
        }
        listed.keySet().stream().filter(id -> !stored.contains(id)).forEach(id -> disagreements.add("search lists " + id + ", never stored"));
        return disagreements;
    }

    private List<String> analyticsDisagreements(DemoUser applicant, List<Application> own) {
        HypermediaClient client = users.get(applicant);
        JsonNode facts = client.follow(client.root(), "analytics").json();
        Map<String, Long> countsPerState = new TreeMap<>();
        facts.path("countsPerState").fields().forEachRemaining(count -> {
            if (count.getValue().asLong() != 0) {
                countsPerState.put(count.getKey(), count.getValue().asLong());
            }
        });
        Map<String, Long> expectedPerState = new TreeMap<>();
        own.forEach(application -> expectedPerState.merge(application.state().name(), 1L, Long::sum));
        long submitted = own.stream().filter(application -> application.submittedAmount() != null).count();
        BigDecimal total = own.stream().map(Application::submittedAmount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        String expected = expectedPerState + ", USD submitted " + submitted + " total " + total.stripTrailingZeros().toPlainString()
                + ", auto-approved " + own.stream().filter(Application::autoApproved).count()
                + ", manually approved " + own.stream().filter(a -> a.state() == LCState.APPROVED && !a.autoApproved()).count();
        JsonNode usd = facts.path("perCurrency").path("USD");
        String found = countsPerState + ", USD submitted " + usd.path("count").asLong()
                + " total " + new BigDecimal(usd.path("total").asText("0")).stripTrailingZeros().toPlainString()
                + ", auto-approved " + facts.path("autoApproved").asLong() + ", manually approved " + facts.path("manuallyApproved").asLong();
        return found.equals(expected) ? List.of() : List.of("analytics of " + applicant.userName() + ": " + found + ", stored: " + expected);
    }

    /** One application as its stored events say it is. */
    private record Application(String id, DemoUser applicant, LCState state, long version, int reminders, boolean pastDue,
                               BigDecimal submittedAmount, boolean autoApproved, boolean checksPassed) {

        static Application of(String id, List<StoredEvent> history) {
            DemoUser applicant = null;
            LCState state = LCState.DRAFT;
            int reminders = 0;
            boolean pastDue = false;
            BigDecimal submittedAmount = null;
            boolean autoApproved = false;
            Set<Class<?>> passed = new HashSet<>();
            for (StoredEvent event : history) {
                Object payload = event.payload();
                if (payload instanceof LCApplicationStarted started) {
                    applicant = started.applicantId().value().equals(DemoUser.APPLICANT_1.userName()) ? DemoUser.APPLICANT_1 : DemoUser.APPLICANT_2;
                } else if (payload instanceof LCApplicationSubmitted submitted) {
                    state = LCState.SUBMITTED;
                    submittedAmount = submitted.amount().amount();
                } else if (payload instanceof LCApplicationApproved approved) {
                    state = LCState.APPROVED;
                    autoApproved = approved.approvedBy().isAutoApproval();
                } else if (payload instanceof LCApplicationDeclined) {
                    state = LCState.DECLINED;
                } else if (payload instanceof LCApplicationCancelled) {
                    state = LCState.CANCELLED;
                } else if (payload instanceof LCApprovalPending pending) {
                    reminders = Math.max(reminders, pending.reminderNumber());
                } else if (payload instanceof LCApprovalPastDue) {
                    pastDue = true;
                } else if (payload instanceof ProductValueValidated check && check.outcome().isApproved()) {
                    passed.add(ProductValueValidated.class);
                } else if (payload instanceof ProductLegalityValidated check && check.outcome().isApproved()) {
                    passed.add(ProductLegalityValidated.class);
                } else if (payload instanceof ApplicantCreditValidated check && check.outcome().isApproved()) {
                    passed.add(ApplicantCreditValidated.class);
                }
            }
            return new Application(id, applicant, state, history.get(history.size() - 1).sequence(), reminders, pastDue,
                                   submittedAmount, autoApproved, passed.size() == 3);
        }

        /** What the search read model must show of it. */
        String shown() {
            return "state " + state + ", version " + version + ", reminders " + reminders + ", past due " + pastDue;
        }

        /** What its processes still owe it: the auto-approval, or the reminders and the past-due notice. */
        List<String> unfinishedBusiness() {
            if (state != LCState.SUBMITTED) {
                return List.of();
            }
            if (checksPassed && submittedAmount.compareTo(AUTO_APPROVAL_THRESHOLD_USD) <= 0) {
                return List.of(id + ": its three checks passed, the auto-approval has not approved it");
            }
            return reminders == 2 && pastDue ? List.of() : List.of(id + ": waiting, " + reminders + " reminders, past due " + pastDue);
        }

        @Override
        public String toString() {
            return id + " (" + shown() + ")";
        }
    }

    /** One kind of action (by its template's name) on one application. */
    private record Action(String applicationId, String template) {
    }

    private static void count(Map<Action, LongAdder> counts, Action action) {
        counts.computeIfAbsent(action, key -> new LongAdder()).increment();
    }

    private static String lastSegment(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Benchmark mode: {@code CrashTrials [kills] [seed]}; prints the figures. */
    public static void main(String[] args) {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : new Random().nextLong();
        new CrashTrials(seed, kills).run().print();
        System.exit(0);
    }
}

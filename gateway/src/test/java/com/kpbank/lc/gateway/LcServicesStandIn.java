package com.kpbank.lc.gateway;

import com.kpbank.lc.api.projection.DeadLetter;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionState;
import com.kpbank.lc.api.projection.ProjectionStatus;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.LCApplicationCommand;
import com.kpbank.lc.api.command.RecordProductValueCheck;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCFacts;
import com.kpbank.lc.api.query.FindMyLCApplications;
import com.kpbank.lc.api.query.FindTradingTerms;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.LCFacts;
import com.kpbank.lc.api.query.SearchLCApplications;
import com.kpbank.lc.api.query.TradingTerms;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.gateway.lcapplication.Views;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Stands in for the command service and the search read model on Axon's local buses, so the gateway is
 * tested through the same messages it sends in production. Commands change an in-memory application
 * and answer its new version, as the aggregate does; a test may make the next command be refused.
 */
@Component
public class LcServicesStandIn {

    private final Map<LCApplicationId, LCApplicationView> applications = new ConcurrentHashMap<>();
    private final AtomicReference<CommandRefusal> nextRefusal = new AtomicReference<>();
    private final AtomicBoolean downAfterNextCommand = new AtomicBoolean();
    private final AtomicBoolean readModelDown = new AtomicBoolean();
    private final Map<Class<?>, Object> queriesReceived = new ConcurrentHashMap<>();

    public LCApplicationView seed(LCApplicationView application) {
        applications.put(application.lcApplicationId(), application);
        return application;
    }

    public Optional<LCApplicationView> application(LCApplicationId id) {
        return Optional.ofNullable(applications.get(id));
    }

    public void refuseNextCommand(CommandRefusal refusal) {
        nextRefusal.set(refusal);
    }

    /** The next command is applied, and from then on the search read model answers no query, as if its service died. */
    public void readModelDiesAfterTheNextCommand() {
        downAfterNextCommand.set(true);
    }

    public void readModelIsBack() {
        readModelDown.set(false);
    }

    @CommandHandler
    public LCApplicationId handle(StartNewLCApplication command) {
        refuseIfAsked();
        if (applications.containsKey(command.lcApplicationId())) {
            throw refused(CommandRefusal.of(CommandRefusal.ALREADY_EXISTS, "already started"));
        }
        LCApplicationView draft = Views.with(Views.draftOf(command.applicantId().value()), Map.of(
                "lcApplicationId", command.lcApplicationId(), "clientReference", command.clientReference()));
        applications.put(command.lcApplicationId(), draft);
        return command.lcApplicationId();
    }

    @CommandHandler
    public long handle(ChangeAmount command) {
        return change(command, command.expectedVersion(),
                view -> Views.with(view, Map.of("amount", command.amount(), "tolerancePercent", command.tolerancePercent())));
    }

    @CommandHandler
    public long handle(SubmitLCApplication command) {
        return change(command, command.expectedVersion(), view -> Views.inState(view, LCState.SUBMITTED));
    }

    @CommandHandler
    public long handle(ApproveLCApplication command) {
        return change(command, command.expectedVersion(), view -> Views.with(view, Map.of(
                "state", LCState.APPROVED, "decidedBy", command.approvedBy())));
    }

    @CommandHandler
    public long handle(RecordProductValueCheck command) {
        return change(command, command.expectedVersion(), view -> Views.with(view, Map.of("productValueCheck", command.outcome())));
    }

    /** Keeps the last query of each type the gateway sent, as a query service received it. */
    @MessageHandlerInterceptor(messageType = QueryMessage.class)
    public Object received(QueryMessage<?, ?> query, InterceptorChain chain) throws Exception {
        queriesReceived.put(query.getPayloadType(), query.getPayload());
        return chain.proceed();
    }

    /** The last query of this type the gateway sent; empty if it sent none. */
    public <Q> Optional<Q> lastQuery(Class<Q> type) {
        return Optional.ofNullable(queriesReceived.get(type)).map(type::cast);
    }

    /** Nothing to count: the stand-in keeps no facts. */
    @QueryHandler
    public LCFacts handle(FindLCFacts query) {
        return new LCFacts(Map.of(), Map.of(), 0, 0, 0, new LCFacts.DurationFacts(0, null, null, null), List.of(), Map.of());
    }

    /** One read model with a parked event, as a read-model service would report it. */
    /** Fewer currencies and countries than the platform knows, so that a form shows it offers what was answered. */
    @QueryHandler
    public TradingTerms handle(FindTradingTerms query) {
        return new TradingTerms(List.of("CHF", "EUR", "USD"), List.of("CH", "DE", "GB", "US"));
    }

    @QueryHandler
    public ProjectionStatuses handle(FindProjectionStatuses query) {
        return new ProjectionStatuses(List.of(new ProjectionStatus("lc-search", ProjectionState.RUNNING, 41, 0, "1", null, 1,
                List.of(new DeadLetter("event-7", "LCAmountChanged", "lc-application-1", "amount missing", null, null)), null)));
    }

    @QueryHandler
    public Optional<LCApplicationView> handle(FindLCApplication query) {
        if (readModelDown.get()) {
            throw new IllegalStateException("the search read model is down");
        }
        return application(query.lcApplicationId())
                .filter(view -> query.viewer().maySee(view.applicantId(), view.state()));
    }

    @QueryHandler
    public LCApplicationPage handle(FindMyLCApplications query) {
        return page(visibleTo(query.viewer()), query.page().page(), query.page().size());
    }

    @QueryHandler
    public LCApplicationPage handle(SearchLCApplications query) {
        List<LCApplicationView> found = visibleTo(query.viewer()).stream()
                .filter(view -> query.states().isEmpty() || query.states().contains(view.state()))
                .filter(view -> query.text() == null || view.clientReference().value().contains(query.text()))
                .toList();
        return page(found, query.page().page(), query.page().size());
    }

    private List<LCApplicationView> visibleTo(Viewer viewer) {
        return applications.values().stream()
                .filter(view -> viewer.maySee(view.applicantId(), view.state()))
                .sorted(Comparator.comparing(LCApplicationView::startedAt).thenComparing(view -> view.lcApplicationId().toString()))
                .toList();
    }

    private static LCApplicationPage page(List<LCApplicationView> all, int page, int size) {
        List<LCApplicationView> content = all.stream().skip((long) page * size).limit(size).toList();
        return new LCApplicationPage(content, page, size, all.size());
    }

    private long change(LCApplicationCommand command, Long expectedVersion, UnaryOperator<LCApplicationView> change) {
        refuseIfAsked();
        LCApplicationView current = application(command.lcApplicationId())
                .orElseThrow(() -> refused(CommandRefusal.of(CommandRefusal.NOT_FOUND, "no such application")));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw refused(CommandRefusal.of(CommandRefusal.STALE, "version " + current.version()));
        }
        LCApplicationView changed = Views.with(change.apply(current), Map.of("version", current.version() + 1));
        applications.put(changed.lcApplicationId(), changed);
        readModelDown.compareAndSet(false, downAfterNextCommand.getAndSet(false));
        return changed.version();
    }

    private void refuseIfAsked() {
        CommandRefusal refusal = nextRefusal.getAndSet(null);
        if (refusal != null) {
            throw refused(refusal);
        }
    }

    private static CommandExecutionException refused(CommandRefusal refusal) {
        return new CommandExecutionException(refusal.message(), null, refusal);
    }
}

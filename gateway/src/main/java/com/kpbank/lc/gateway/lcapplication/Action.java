package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CancelLCApplication;
import com.kpbank.lc.api.command.ChangeAdvisingBank;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.ChangeApplicant;
import com.kpbank.lc.api.command.ChangeBeneficiary;
import com.kpbank.lc.api.command.ChangeConditions;
import com.kpbank.lc.api.command.ChangeExpiryDate;
import com.kpbank.lc.api.command.ChangeMerchandise;
import com.kpbank.lc.api.command.ChangeRequiredDocuments;
import com.kpbank.lc.api.command.DeclineLCApplication;
import com.kpbank.lc.api.command.LCApplicationCommand;
import com.kpbank.lc.api.command.LCTask;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.CalendarDate;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.IsoCurrency;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.gateway.checks.CheckKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tasks a user may take on one LC application, one entry each: the {@link LCTask} it is (whose
 * states it is allowed in), who may take it, its request body (API.md, "Body shapes") and the command
 * that body becomes. Each is a link relation, a HAL-FORMS template and a
 * {@code POST /lc-applications/{id}/{name}} of the same name.
 */
public enum Action {
    CHANGE_APPLICANT(LCTask.CHANGE_APPLICANT, Taker.ITS_APPLICANT, Party.class,
            (id, body, version, user) -> new ChangeApplicant(id, (Party) body, version)),
    CHANGE_BENEFICIARY(LCTask.CHANGE_BENEFICIARY, Taker.ITS_APPLICANT, Party.class,
            (id, body, version, user) -> new ChangeBeneficiary(id, (Party) body, version)),
    CHANGE_ADVISING_BANK(LCTask.CHANGE_ADVISING_BANK, Taker.ITS_APPLICANT, AdvisingBank.class,
            (id, body, version, user) -> new ChangeAdvisingBank(id, (AdvisingBank) body, version)),
    CHANGE_AMOUNT(LCTask.CHANGE_AMOUNT, Taker.ITS_APPLICANT, Amount.class,
            (id, body, version, user) -> new ChangeAmount(id, ((Amount) body).toMoney(), ((Amount) body).tolerance(), version)),
    CHANGE_MERCHANDISE(LCTask.CHANGE_MERCHANDISE, Taker.ITS_APPLICANT, Merchandise.class,
            (id, body, version, user) -> new ChangeMerchandise(id, (Merchandise) body, version)),
    CHANGE_DOCUMENTS(LCTask.CHANGE_REQUIRED_DOCUMENTS, Taker.ITS_APPLICANT, RequiredDocuments.class,
            (id, body, version, user) -> new ChangeRequiredDocuments(id, (RequiredDocuments) body, version)),
    CHANGE_CONDITIONS(LCTask.CHANGE_CONDITIONS, Taker.ITS_APPLICANT, Conditions.class,
            (id, body, version, user) -> new ChangeConditions(id, (Conditions) body, version)),
    CHANGE_EXPIRY_DATE(LCTask.CHANGE_EXPIRY_DATE, Taker.ITS_APPLICANT, ExpiryDate.class,
            (id, body, version, user) -> new ChangeExpiryDate(id, ((ExpiryDate) body).expiryDate(), version)),
    SUBMIT(LCTask.SUBMIT, Taker.ITS_APPLICANT, NoFields.class,
            (id, body, version, user) -> new SubmitLCApplication(id, version)),
    CANCEL(LCTask.CANCEL, Taker.ITS_APPLICANT, Reason.class,
            (id, body, version, user) -> new CancelLCApplication(id, ((Reason) body).reason(), version)),
    APPROVE(LCTask.APPROVE, Taker.role(Role.TRADE_FINANCE_MANAGER), NoFields.class,
            (id, body, version, user) -> new ApproveLCApplication(id, new DecisionMaker(user.name()), version)),
    DECLINE(LCTask.DECLINE, Taker.role(Role.TRADE_FINANCE_MANAGER), Reason.class,
            (id, body, version, user) -> new DeclineLCApplication(id, new DecisionMaker(user.name()), ((Reason) body).reason(), version)),
    RECORD_PRODUCT_VALUE_CHECK(LCTask.RECORD_PRODUCT_VALUE_CHECK, Role.PRODUCT_ANALYST,
            CheckKind.PRODUCT_VALUE, LCApplicationView::productValueCheck),
    RECORD_PRODUCT_LEGALITY_CHECK(LCTask.RECORD_PRODUCT_LEGALITY_CHECK, Role.PRODUCT_ANALYST,
            CheckKind.PRODUCT_LEGALITY, LCApplicationView::productLegalityCheck),
    RECORD_APPLICANT_CREDIT_CHECK(LCTask.RECORD_APPLICANT_CREDIT_CHECK, Role.CREDIT_ANALYST,
            CheckKind.APPLICANT_CREDIT, LCApplicationView::applicantCreditCheck);

    private final LCTask task;
    private final Taker taker;
    private final Class<?> body;
    private final ToCommand command;
    private final CheckKind check;
    private final Function<LCApplicationView, Decision> recorded;

    Action(LCTask task, Taker taker, Class<?> body, ToCommand command) {
        this(task, taker, body, command, null, view -> null);
    }

    /** A check's outcome: it enters through the intake of the anti-corruption layer, once. */
    Action(LCTask task, Role analyst, CheckKind check, Function<LCApplicationView, Decision> recorded) {
        this(task, Taker.role(analyst), Decision.class, null, check, recorded);
    }

    Action(LCTask task, Taker taker, Class<?> body, ToCommand command, CheckKind check, Function<LCApplicationView, Decision> recorded) {
        this.task = task;
        this.taker = taker;
        this.body = body;
        this.command = command;
        this.check = check;
        this.recorded = recorded;
    }

    /** The name clients know: the link relation, template name and last path segment. */
    public String relation() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<Action> byRelation(String relation) {
        return Arrays.stream(values()).filter(action -> action.relation().equals(relation)).findFirst();
    }

    /** Whether this user may take it on this application, whatever its state. */
    boolean isTheirs(LCApplicationView application, Viewer user) {
        return taker.mayTake(application, user);
    }

    /** Whether the application's state (and, for a check, its not being recorded yet) allows it now. */
    boolean fitsState(LCApplicationView application) {
        return task.isAllowedIn(application.state()) && recorded.apply(application) == null;
    }

    /** The type its request body is read as and its template is derived from. */
    Class<?> body() {
        return body;
    }

    /** The check it records, if it records one. */
    Optional<CheckKind> check() {
        return Optional.ofNullable(check);
    }

    /** The command of the published language that its body becomes; check outcomes have theirs made by the intake. */
    LCApplicationCommand toCommand(LCApplicationId id, Object body, Long expectedVersion, Viewer user) {
        if (command == null) {
            throw new IllegalStateException(this + " is a check outcome: it enters through the intake");
        }
        return command.of(id, body, expectedVersion, user);
    }

    @FunctionalInterface
    private interface ToCommand {
        LCApplicationCommand of(LCApplicationId id, Object body, Long expectedVersion, Viewer user);
    }

    /** Who may take an action. */
    @FunctionalInterface
    private interface Taker {
        Taker ITS_APPLICANT = (application, user) -> user.has(Role.APPLICANT) && application.applicantId() != null
                && application.applicantId().value().equals(user.name());

        static Taker role(Role role) {
            return (application, user) -> user.has(role);
        }

        boolean mayTake(LCApplicationView application, Viewer user);
    }

    /** Body of {@code change-expiry-date}. */
    record ExpiryDate(@NotNull @CalendarDate LocalDate expiryDate) {
    }

    /**
     * Body of {@code change-amount}: the amount as text, checked against its bounds before it becomes a
     * number, so that no amount costs arithmetic before it is refused ({@code 1e10000000} is not an amount);
     * the tolerance in whole percent, none when left out.
     */
    public record Amount(@NotNull @Pattern(regexp = Money.AMOUNT_TEXT, message = "must be a positive amount such as 12500.00, of at most "
            + Money.INTEGER_DIGITS + " integer and " + Money.FRACTION_DIGITS + " fraction digits") String amount,
                  @NotNull @IsoCurrency String currency,
                  @Min(0) @Max(ChangeAmount.MAX_TOLERANCE_PERCENT) Integer tolerancePercent) {

        public Money toMoney() {
            return Money.of(amount, currency);
        }

        public int tolerance() {
            return tolerancePercent == null ? 0 : tolerancePercent;
        }
    }

    /** Body of {@code decline} and {@code cancel}. */
    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** Body of {@code submit} and {@code approve}: {@code {}}, or none. */
    record NoFields() {
    }
}

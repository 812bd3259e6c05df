package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCState;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import static com.kpbank.lc.gateway.lcapplication.Action.*;

/**
 * The one place that decides what a user may do with an application now: the representation offers
 * exactly these actions as links and templates, and the task endpoints accept exactly these. A pure
 * function of the application as the read model shows it and of the user (API.md, "Allowed actions").
 */
public final class AllowedActions {

    /** Why an action may or may not be taken, in the order the API answers it. */
    public enum Verdict {
        ALLOWED,
        /** not this user's action to take, whatever the state: 403 */
        NOT_THEIRS,
        /** theirs, but not in the application's current state: 409 */
        WRONG_STATE
    }

    private static final Set<Action> APPLICANT_DRAFT_ACTIONS = EnumSet.of(CHANGE_APPLICANT, CHANGE_BENEFICIARY,
            CHANGE_ADVISING_BANK, CHANGE_AMOUNT, CHANGE_MERCHANDISE, CHANGE_DOCUMENTS, CHANGE_CONDITIONS,
            CHANGE_EXPIRY_DATE, SUBMIT, CANCEL);

    private AllowedActions() {
    }

    /** Every action this user may take on this application now. */
    public static Set<Action> of(LCApplicationView application, Viewer user) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        Arrays.stream(Action.values())
                .filter(action -> verdict(action, application, user) == Verdict.ALLOWED)
                .forEach(allowed::add);
        return allowed;
    }

    public static Verdict verdict(Action action, LCApplicationView application, Viewer user) {
        if (!isTheirs(action, application, user)) {
            return Verdict.NOT_THEIRS;
        }
        return fitsState(action, application) ? Verdict.ALLOWED : Verdict.WRONG_STATE;
    }

    private static boolean isTheirs(Action action, LCApplicationView application, Viewer user) {
        return switch (action) {
            case APPROVE, DECLINE -> user.has(Role.TRADE_FINANCE_MANAGER);
            case RECORD_PRODUCT_VALUE_CHECK, RECORD_PRODUCT_LEGALITY_CHECK -> user.has(Role.PRODUCT_ANALYST);
            case RECORD_APPLICANT_CREDIT_CHECK -> user.has(Role.CREDIT_ANALYST);
            default -> APPLICANT_DRAFT_ACTIONS.contains(action) && ownedBy(application, user);
        };
    }

    private static boolean fitsState(Action action, LCApplicationView application) {
        LCState state = application.state();
        Predicate<Object> notYetRecorded = check -> state == LCState.SUBMITTED && check == null;
        return switch (action) {
            case CANCEL -> state == LCState.DRAFT || state == LCState.SUBMITTED;
            case APPROVE, DECLINE -> state == LCState.SUBMITTED;
            case RECORD_PRODUCT_VALUE_CHECK -> notYetRecorded.test(application.productValueCheck());
            case RECORD_PRODUCT_LEGALITY_CHECK -> notYetRecorded.test(application.productLegalityCheck());
            case RECORD_APPLICANT_CREDIT_CHECK -> notYetRecorded.test(application.applicantCreditCheck());
            default -> state == LCState.DRAFT;
        };
    }

    private static boolean ownedBy(LCApplicationView application, Viewer user) {
        return user.has(Role.APPLICANT) && application.applicantId() != null
                && application.applicantId().value().equals(user.name());
    }
}
